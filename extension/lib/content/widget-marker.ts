/**
 * Waits for the widget's marker (`<html data-yardstick-widget="appId">`, set after its init).
 * Until then the content script does nothing but watch one attribute: on a page without the widget
 * it stays dormant for the page's whole life. Returns a function that stops watching.
 */
export function whenWidgetAppears(root: HTMLElement, found: (appId: string) => void): () => void {
  const read = () => {
    const appId = root.dataset.yardstickWidget;
    return appId !== undefined && appId.length > 0 && appId.length <= 128 ? appId : null;
  };
  const now = read();
  if (now !== null) {
    found(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const appId = read();
    if (appId === null) return;
    observer.disconnect();
    found(appId);
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-yardstick-widget'] });
  return () => observer.disconnect();
}
