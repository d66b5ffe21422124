import { createYardstick } from '../api/create-yardstick';
import { readQueue } from '../api/queue';
import type { Yardstick } from '../api/types';
import { browserPlatform } from '../runtime/platform';

// The ES module build (dist/widget/yardstick.mjs) for bundlers and `<script type="module">`. It
// claims no global, unless the page's snippet already made one: then it takes over the stub and
// replays the calls queued there. The UI chunk is referenced as `new URL(..., import.meta.url)`,
// which browsers, Vite and webpack all resolve next to this file.
const instance = createYardstick(browserPlatform(new URL(/* @vite-ignore */ './yardstick-ui.mjs', import.meta.url).href));
const { replay, ...api } = instance;

export const yardstick: Yardstick = api;

const w = globalThis as { yardstick?: { q?: unknown } | Yardstick };
if (w.yardstick !== undefined && Array.isArray((w.yardstick as { q?: unknown }).q)) {
  const calls = readQueue((w.yardstick as { q: unknown }).q);
  w.yardstick = api;
  replay(calls);
}
