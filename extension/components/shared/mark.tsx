/** Yardstick's mark: a ruler with a rising tick, drawn inline so no page or CSP has to load an image. */
export function Mark({ class: className = 'mark' }: { class?: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="22" height="22" rx="6" fill="#2f6fed" />
      <path d="M5 16.5h14" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      <path d="M7 16.5v-2.5M10 16.5v-4M13 16.5v-2.5M16 16.5v-6.5" stroke="#fff" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="16" cy="7.5" r="1.6" fill="#9ff0c6" />
    </svg>
  );
}
