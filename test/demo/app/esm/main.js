// ESM mode: the widget as an ES module. The snippet's queued calls (boot.js's init) are replayed.
import { yardstick } from '/widget/yardstick.mjs';

yardstick.on('ready', (info) => {
  document.documentElement.dataset.yardstickMode = `esm:${info.cohort}`;
});
