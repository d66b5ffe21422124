import type { CaptureScope } from './capture-context';

/** The route of a URL: its pathname without a trailing slash. Query and hash can hold what users typed. */
export const routeOf = (pathname: string) => (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname);

type NavigationLike = EventTarget & { currentEntry?: unknown };

/**
 * SPA route changes. With the Navigation API (Chromium), `currententrychange` reports pushState,
 * replaceState and back/forward with their type and nothing is patched. Elsewhere pushState and
 * replaceState are wrapped (kept callable, same behaviour) and popstate is heard. Either way only
 * push and traverse make a visit, and only when the pathname changed: replaceState rewrites the
 * current entry (routers do it for scroll state and redirects) and is never a page view.
 */
export function watchRoutes(ctx: CaptureScope): void {
  const { win } = ctx;
  let current = routeOf(win.location.pathname);
  ctx.visit(current, ctx.now());
  const seen = ctx.guard((kind: string) => {
    const route = routeOf(win.location.pathname);
    if (route === current) return;
    current = route;
    if (kind !== 'replace') ctx.visit(route, ctx.now());
  });
  // Without the API, `window.navigation` can still be an element with id="navigation" (named
  // access on window): only a real Navigation has a currentEntry (null at most).
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (nav?.currentEntry !== undefined) {
    ctx.on(nav, 'currententrychange', (e) => seen((e as Event & { navigationType?: string }).navigationType ?? 'push'));
    return;
  }
  const { history } = win;
  for (const kind of ['push', 'replace'] as const) {
    const method = `${kind}State` as const;
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      seen(kind);
    };
    ctx.onStop(() => {
      history[method] = original;
    });
  }
  ctx.on(win, 'popstate', () => seen('traverse'));
}
