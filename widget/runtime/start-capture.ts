import { type CaptureContext, listen } from '../capture/capture-context';
import { captureClicks } from '../capture/clicks';
import { captureErrors } from '../capture/errors';
import { LAUNCHER_SELECTOR, launcherChannel } from '../capture/launchers';
import { watchActivity } from '../capture/page-activity';
import { watchRoutes } from '../capture/routes';
import { captureSearch } from '../capture/search';
import type { DetectorSettings } from '../detectors/defaults';

/** Starts every capture module; returns one function that stops them all. */
export function startCapture(ctx: CaptureContext, s: DetectorSettings): () => void {
  const watch = watchActivity(ctx);
  // Route changes are a sign of life for dead clicks too.
  const routed: CaptureContext = {
    ...ctx,
    visit(route, ts) {
      watch.activity.navigationAt = ts;
      ctx.visit(route, ts);
    },
  };
  const stops = [
    watch.stop,
    captureClicks(ctx, s, watch),
    captureErrors(ctx, s),
    captureSearch(ctx, s),
    watchRoutes(routed),
    listen(ctx.doc, 'keydown', () => ctx.interaction(ctx.now())),
    listen(ctx.doc, 'input', () => ctx.interaction(ctx.now())),
    // A click inside a chat launcher's iframe is invisible to the page; focus moving into it is not.
    listen(ctx.win, 'blur', () => {
      const el = ctx.doc.activeElement;
      if (el?.tagName === 'IFRAME' && el.matches(LAUNCHER_SELECTOR)) ctx.ticketOpened(launcherChannel(el) ?? 'chat', ctx.now());
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
