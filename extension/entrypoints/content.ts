import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOverlayController } from '../components/overlay/overlay-controller';
import { startSession } from '../lib/content/content-session';
import { whenWidgetAppears } from '../lib/content/widget-marker';

// Set once per isolated world: the script may be both declared (localhost) and injected after a
// grant, and must run once.
const STARTED = Symbol.for('yardstick.content');

export default defineContentScript({
  // The demo and tests; other sites are registered at runtime once the user grants them.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  main(ctx) {
    const world = globalThis as { [STARTED]?: boolean };
    if (world[STARTED]) return;
    world[STARTED] = true;
    const stop = whenWidgetAppears(document.documentElement, (appId) =>
      startSession(ctx, appId, (savePrefs) => createOverlayController(document, savePrefs)),
    );
    ctx.onInvalidated(stop);
  },
});
