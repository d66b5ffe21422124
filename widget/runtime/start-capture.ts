import { type CaptureContext, captureScope } from '../capture/capture-context';
import { captureClicks } from '../capture/clicks';
import { captureErrors } from '../capture/errors';
import { watchActivity } from '../capture/page-activity';
import { watchRoutes } from '../capture/routes';
import { captureSearch } from '../capture/search';
import type { DetectorSettings } from '../detectors/defaults';

/** Starts every capture module; returns one function that stops them all. */
export function startCapture(ctx: CaptureContext, s: DetectorSettings): () => void {
  const scope = captureScope({
    ...ctx,
    // Route changes are a sign of life for dead clicks too.
    visit(route, ts) {
      watch.activity.navigationAt = ts;
      ctx.visit(route, ts);
    },
  });
  const watch = watchActivity(scope);
  captureClicks(scope, s, watch);
  captureErrors(scope, s);
  captureSearch(scope, s);
  watchRoutes(scope);
  const interaction = () => ctx.interaction(ctx.now());
  scope.on(ctx.doc, 'keydown', interaction);
  scope.on(ctx.doc, 'input', interaction);
  return scope.stop;
}
