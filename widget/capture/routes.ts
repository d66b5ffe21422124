import { type CaptureContext, listen } from './capture-context';

/** The route of a URL: its pathname without a trailing slash. Query and hash can hold what users typed. */
export const routeOf = (pathname: string) => (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname);

type NavigationLike = EventTarget & { currentEntry?: { url: string | null } | null };

/**
 * SPA route changes. With the Navigation API (Chromium), `currententrychange` reports pushState,
 * replaceState and back/forward with their type and nothing is patched. Elsewhere pushState and
 * replaceState are wrapped (kept callable, same behaviour) and popstate is heard. Either way only
 * push and traverse make a visit, and only when the pathname changed: replaceState rewrites the
 * current entry (routers do it for scroll state and redirects) and is never a page view.
 */
export function watchRoutes(ctx: CaptureContext): () => void {
  const { win } = ctx;
  let current = routeOf(win.location.pathname);
  ctx.visit(current, ctx.now());
  const seen = (kind: string) => {
    const route = routeOf(win.location.pathname);
    if (route === current) return;
    current = route;
    if (kind !== 'replace') ctx.visit(route, ctx.now());
  };
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (nav !== undefined && typeof nav.addEventListener === 'function') {
    return listen(nav, 'currententrychange', (e) => seen((e as Event & { navigationType?: string }).navigationType ?? 'push'));
  }
  const history = win.history;
  const { pushState, replaceState } = history;
  history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
    pushState.apply(this, args);
    seen('push');
  };
  history.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
    replaceState.apply(this, args);
    seen('replace');
  };
  const stop = listen(win, 'popstate', () => seen('traverse'));
  return () => {
    stop();
    if (history.pushState !== pushState) history.pushState = pushState;
    if (history.replaceState !== replaceState) history.replaceState = replaceState;
  };
}
