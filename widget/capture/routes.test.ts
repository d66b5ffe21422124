import { describe, expect, it } from 'vitest';
import { type CaptureContext, captureScope } from './capture-context';
import { routeOf, watchRoutes } from './routes';

/** A window without the Navigation API: history moves `location.pathname` as a browser does. */
function fakeWindow(extra: Record<string, unknown> = {}) {
  const win = Object.assign(new EventTarget(), { location: { pathname: '/' }, ...extra });
  const go = (_state: unknown, _title: string, url?: string | URL | null) => {
    if (url) win.location.pathname = new URL(url, 'https://app.test').pathname;
  };
  return Object.assign(win, { history: { pushState: go, replaceState: go } as unknown as History });
}

function start(win: ReturnType<typeof fakeWindow>) {
  const visits: string[] = [];
  const scope = captureScope({
    win,
    now: () => 0,
    visit: (route: string) => visits.push(route),
  } as unknown as CaptureContext);
  watchRoutes(scope);
  return { visits, stop: scope.stop };
}

describe('routeOf', () => {
  it.each([
    ['/', '/'],
    ['/reports/', '/reports'],
    ['/reports', '/reports'],
    ['/a/b/', '/a/b'],
  ])('%s -> %s', (path, route) => expect(routeOf(path)).toBe(route));
});

describe('watchRoutes without the Navigation API', () => {
  it('pushState and back are visits; replaceState never is, even to another path', () => {
    const win = fakeWindow();
    const { visits } = start(win);
    win.history.pushState({}, '', '/reports?tab=1');
    win.history.pushState({}, '', '/reports?tab=2'); // same route
    win.history.replaceState({}, '', '/invoices'); // a redirect-style rewrite
    win.location.pathname = '/reports';
    win.dispatchEvent(new Event('popstate'));
    expect(visits).toEqual(['/', '/reports', '/reports']);
  });

  it('an element with id="navigation" (named access on window) does not stop route tracking', () => {
    const element = new EventTarget(); // what window.navigation is then: an element, no currentEntry
    const win = fakeWindow({ navigation: element });
    const { visits } = start(win);
    win.history.pushState({}, '', '/reports');
    expect(visits).toEqual(['/', '/reports']);
  });

  it("stopping puts the page's own history methods back", () => {
    const win = fakeWindow();
    const { pushState, replaceState } = win.history;
    const { visits, stop } = start(win);
    stop();
    expect([win.history.pushState, win.history.replaceState]).toEqual([pushState, replaceState]);
    win.history.pushState({}, '', '/reports');
    expect(visits).toEqual(['/']);
  });
});

describe('watchRoutes with the Navigation API', () => {
  it('push and traverse entries are visits, replace entries never are', () => {
    const navigation = Object.assign(new EventTarget(), { currentEntry: { url: 'https://app.test/' } });
    const win = fakeWindow({ navigation });
    const { visits } = start(win);
    const change = (path: string, navigationType: string) => {
      win.location.pathname = path;
      navigation.dispatchEvent(Object.assign(new Event('currententrychange'), { navigationType }));
    };
    change('/reports', 'push');
    change('/invoices', 'replace');
    change('/reports', 'traverse');
    change('/settings', 'push');
    expect(visits).toEqual(['/', '/reports', '/reports', '/settings']);
    win.history.pushState({}, '', '/other'); // history is left alone: the Navigation API reports it
    expect(visits).toHaveLength(4);
  });
});
