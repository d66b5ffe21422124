import type { ValueModel } from '../../core/schema/value-model';
import type { Emitter } from '../api/emitter';
import type { YardstickConfig, YardstickError, YardstickEvents } from '../api/types';
import type { HelpRequest, Ui, UiHost, UiModule } from '../ui/ui-contract';
import type { Platform } from './platform';
import type { Recorder } from './recorder';

export interface UiBridge {
  showHelp(request: HelpRequest): void;
  /** Mounts the badge at idle time (and preloads the UI for treatment users when there is help). */
  start(): void;
  clear(): void;
  /** A badge host chosen by selector may appear after a route change in an SPA. */
  routeChanged(): void;
  isOwn(node: Node): boolean;
}

const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
type Corner = (typeof CORNERS)[number];

/**
 * Loads the UI chunk (Preact, the help card, the badge) only when something must be shown, as a
 * same-origin ES module: under a strict CSP `script-src 'self'` allows it, and the page pays
 * nothing for Preact until then.
 */
export function createUiBridge(
  config: YardstickConfig,
  model: ValueModel,
  p: Platform,
  recorder: Recorder,
  emitter: Emitter<YardstickEvents>,
  report: (e: YardstickError) => void,
  log: UiHost['log'],
): UiBridge {
  const own = new Set<Node>();
  const host: UiHost = {
    appId: config.appId,
    model,
    locale: config.locale,
    now: p.now,
    readEvents: () => recorder.readEvents(),
    onEvent: (cb) => emitter.on('event', cb),
    log,
    own: (node) => void own.add(node),
  };
  let loading: Promise<Ui | null> | undefined;
  const load = () =>
    (loading ??= p.uiUrl
      ? (import(/* @vite-ignore */ p.uiUrl) as Promise<UiModule>)
          .then((m) => m.createUi(host))
          .catch((error: unknown) => {
            report({ kind: 'ui', message: `could not load the help card and badge from ${p.uiUrl} (${String(error)})` });
            return null;
          })
      : Promise.resolve(null));

  const badge = config.badge ?? 'bottom-right';
  let mounted = false;
  let mountedInto: Element | null = null;
  const mountBadge = () => {
    if (mounted || badge === 'off') return;
    let where: Corner | Element | null = null;
    if (typeof badge !== 'string') where = badge;
    else if ((CORNERS as readonly string[]).includes(badge)) where = badge as Corner;
    else {
      try {
        where = p.win.document.querySelector(badge);
      } catch {
        report({ kind: 'config', message: `badge: "${badge}" is not a valid CSS selector; use a corner, "off" or a selector` });
        mounted = true;
        return;
      }
    }
    if (where === null) {
      // The app may not have rendered its host element yet: try again once the page has loaded.
      if (p.win.document.readyState !== 'complete') p.win.addEventListener('load', () => idle(mountBadge), { once: true });
      return;
    }
    mounted = true;
    mountedInto = typeof where === 'string' ? null : where;
    void load().then((ui) => ui?.mountBadge(where));
  };
  const idle = (cb: () => void) =>
    typeof p.win.requestIdleCallback === 'function' ? p.win.requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 200);

  return {
    showHelp(request) {
      void load().then((ui) => ui?.showHelp(request));
    },
    start() {
      idle(() => {
        mountBadge();
        if (recorder.identity.cohort === 'treatment' && Object.keys(model.help).length > 0) void load();
      });
    },
    clear() {
      mounted = false;
      mountedInto = null;
      void loading?.then((ui) => ui?.clear());
    },
    routeChanged: () => {
      // After the app has rendered the new route: it may have replaced the element the badge was
      // mounted into (mount again into the new one), or only now rendered it.
      idle(() => {
        if (mounted && mountedInto !== null && !mountedInto.isConnected) mounted = false;
        mountBadge();
      });
    },
    isOwn: (node) => own.has(node),
  };
}
