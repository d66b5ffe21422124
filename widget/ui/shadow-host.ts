/**
 * An isolated home for the widget's UI: a custom element with an open shadow root whose styles come
 * from a constructable stylesheet (adoptedStyleSheets). That works under a strict CSP (`style-src
 * 'self'` blocks a <style> element, not a CSSStyleSheet built from script), and `:host { all:
 * initial }` keeps the page's styles out while the page's `--yardstick-*` custom properties still
 * flow in for theming.
 */
export interface ShadowHost {
  mount: HTMLElement;
  remove(): void;
}

let shared: CSSStyleSheet | undefined;

export function createShadowHost(parent: Element, css: string, own: (node: Node) => void): ShadowHost {
  const doc = parent.ownerDocument;
  const host = doc.createElement('yardstick-ui');
  own(host); // before it is attached, so the dead-click watcher never mistakes it for a response
  const root = host.attachShadow({ mode: 'open' });
  // Constructable stylesheets shipped together with adoptedStyleSheets in every engine.
  if (root.adoptedStyleSheets) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    root.adoptedStyleSheets = [shared];
  } else {
    const style = doc.createElement('style'); // old browsers only; blocked by a strict CSP
    style.textContent = css;
    root.append(style);
  }
  const mount = doc.createElement('div');
  const theme = doc.documentElement.getAttribute('data-yardstick-theme');
  mount.className = `root ${theme === 'light' || theme === 'dark' ? theme : 'auto'}`;
  root.append(mount);
  parent.append(host);
  return { mount, remove: () => host.remove() };
}
