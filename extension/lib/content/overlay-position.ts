/** The overlay's place: its distance from the viewport's bottom-right corner (survives resizes sensibly). */
export interface Anchor {
  right: number;
  bottom: number;
}

export const DEFAULT_ANCHOR: Anchor = { right: 16, bottom: 16 };
const MARGIN = 4;

/** Keeps the whole panel inside the viewport, whatever was saved on a bigger screen. */
export function clampAnchor(
  anchor: Anchor,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): Anchor {
  const maxRight = Math.max(MARGIN, viewport.width - panel.width - MARGIN);
  const maxBottom = Math.max(MARGIN, viewport.height - panel.height - MARGIN);
  return {
    right: Math.round(Math.min(Math.max(anchor.right, MARGIN), maxRight)),
    bottom: Math.round(Math.min(Math.max(anchor.bottom, MARGIN), maxBottom)),
  };
}

/** The anchor after dragging by (dx, dy) pixels from where the drag started. */
export function dragAnchor(start: Anchor, dx: number, dy: number): Anchor {
  return { right: start.right - dx, bottom: start.bottom - dy };
}

/** Alt+Shift+Y, the documented toggle (also bound as an extension command where the browser allows). */
export function isToggleShortcut(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyY';
}
