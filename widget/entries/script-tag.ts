import { configFromScript } from '../api/config';
import { createYardstick } from '../api/create-yardstick';
import { readQueue } from '../api/queue';
import { browserPlatform } from '../runtime/platform';

// The script-tag build (dist/widget/yardstick.js): claims `window.yardstick` and nothing else,
// replaces the snippet's stub, and replays its queue in order. With `data-app-id` on the tag and no
// queued init(), it initializes from the tag's attributes; a queued init({...}) is laid over them.
const LOADED = Symbol.for('yardstick.widget');
type Global = { yardstick?: Record<PropertyKey, unknown> & { q?: unknown } };
const w = window as unknown as Global;

if (!w.yardstick?.[LOADED]) {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="yardstick"][data-app-id]');
  const uiUrl = script?.src ? new URL('yardstick-ui.mjs', script.src).href : undefined;
  const attrs = configFromScript(script);
  const { replay, ...api } = createYardstick(browserPlatform(uiUrl), attrs);
  const calls = readQueue(w.yardstick?.q);
  Object.defineProperty(api, LOADED, { value: true });
  w.yardstick = api as unknown as Global['yardstick'];
  if (attrs.appId !== undefined && !calls.some((c) => c.method === 'init')) api.init({} as never);
  replay(calls);
}
