// Inline SVG icons: markup, not styles, so a strict CSP is fine with them.
const svg = (d: string, size = 16) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >
    <path d={d} />
  </svg>
);

export const ClockIcon = () => svg('M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0');
export const CloseIcon = () => svg('M18 6 6 18M6 6l12 12');
export const BulbIcon = () => svg('M9 18h6M10 22h4M12 2a7 7 0 0 0-4 12.7c.6.5 1 1.3 1 2.3h6c0-1 .4-1.8 1-2.3A7 7 0 0 0 12 2', 14);
export const ArrowIcon = () => svg('M5 12h14M13 6l6 6-6 6', 14);
