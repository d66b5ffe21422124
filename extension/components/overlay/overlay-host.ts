import { render } from 'preact';
import { OVERLAY_CSS } from './overlay-styles';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

export interface OverlayHost {
  /** Renders a Preact tree into the closed shadow root (re-attaching the host if the page removed it). */
  render(tree: preact.ComponentChild): void;
  /** Outlines the first element matching `selector` (null clears); reports whether it was found and on screen. */
  highlight(selector: string | null): { found: boolean; visible: boolean };
  remove(): void;
}

/**
 * The overlay's host element: a zero-size fixed box that takes no pointer events, with a CLOSED
 * shadow root (page scripts get `null` from `host.shadowRoot`, so they cannot read the figures).
 * Host styles are inline and !important so page CSS cannot move, hide or enlarge it.
 */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('yardstick-overlay');
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, root, OVERLAY_CSS);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const app = doc.createElement('div');
  const marker = doc.createElement('div');
  marker.className = 'highlight';
  marker.hidden = true;
  const label = doc.createElement('span');
  label.className = 'highlight-label';
  marker.append(label);
  layer.append(marker, app);
  root.append(layer);
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  attach();

  let followed: Element | null = null;
  let frame = 0;
  const follow = () => {
    if (followed === null) return;
    const r = followed.getBoundingClientRect();
    Object.assign(marker.style, {
      left: `${r.left - 3}px`,
      top: `${r.top - 3}px`,
      width: `${r.width + 6}px`,
      height: `${r.height + 6}px`,
    });
    frame = requestAnimationFrame(follow);
  };

  return {
    render(tree) {
      attach();
      render(tree, app);
    },
    highlight(selector) {
      cancelAnimationFrame(frame);
      followed = null;
      marker.hidden = true;
      if (selector === null) return { found: false, visible: false };
      let element: Element | null = null;
      try {
        element = doc.querySelector(selector);
      } catch {
        // A selector the page's DOM cannot parse: nothing to show.
      }
      if (element === null) return { found: false, visible: false };
      attach();
      followed = element;
      label.textContent = selector;
      marker.hidden = false;
      follow();
      const r = element.getBoundingClientRect();
      const visible = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width + r.height > 0;
      return { found: true, visible };
    },
    remove() {
      cancelAnimationFrame(frame);
      render(null, app);
      host.remove();
    },
  };
}

/** Constructable stylesheets pass a strict style-src; the <style> fallback is for engines without them. */
function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
