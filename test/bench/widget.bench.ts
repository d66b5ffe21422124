/**
 * Widget benchmark (issue 3), side by side with posthog-js in the same run:
 * - size: min+gzip of the script-tag bundle and of what loads before the first help card or badge,
 *   against posthog-js's script-tag build (dist/array.js) from node_modules, with where the bytes go;
 * - main-thread cost per click: 10,000 synthetic clicks with distinct coordinates on a
 *   2,000-element page, bare vs the widget vs posthog-js autocapture (default and lifted rate limits);
 * - long tasks (> 50 ms) during load and during a burst of 1,000 events.
 * It prints figures and ratios against the budgets and never fails the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { BUDGETS } from '../../widget/build/bundles';
import { sizeByGroup } from '../../widget/build/size-breakdown';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist/widget');
const POSTHOG = join(ROOT, 'node_modules/posthog-js/dist/array.js');
const CLICKS = 10_000;
const ROUNDS = 5;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

type Mode = 'bare' | 'widget' | 'posthog' | 'posthog-lifted';

// 2,000 elements: buttons, links, spans and nested divs, like a busy SaaS screen.
function pageHtml(mode: Mode): string {
  const head: Record<Mode, string> = {
    bare: '',
    widget:
      '<script src="/widget/snippet.js"></script><script>yardstick.init({ userId: "bench_user", cohort: "control" })</script>' +
      '<script async src="/widget/yardstick.js" data-app-id="acme" data-model="/model.json"></script>',
    posthog: posthogSnippet(false),
    'posthog-lifted': posthogSnippet(true),
  };
  return `<!doctype html><html><head><meta charset="utf-8">${head[mode]}</head><body><div id="grid"></div>
<script src="/bench-page.js"></script></body></html>`;
}

// The page's own DOM and its links' preventDefault are the same in every mode.
const PAGE_JS = `
const grid = document.getElementById('grid');
for (let i = 0; i < 500; i++) {
  const row = document.createElement('div'); row.className = 'row r' + i;
  const b = document.createElement('button'); b.id = 'b' + i; b.className = 'btn'; b.textContent = 'Button ' + i;
  const a = document.createElement('a'); a.href = '#row' + i; a.textContent = 'Link ' + i;
  const s = document.createElement('span'); s.className = 'label'; s.textContent = 'Label ' + i;
  row.append(b, a, s); grid.append(row);
}
document.addEventListener('click', (e) => { if (e.target.closest('a')) e.preventDefault(); });
window.__longtasks = window.__longtasks || [];`;

function posthogSnippet(lifted: boolean): string {
  const limits = lifted ? ', rate_limiting: { events_per_second: 1000000, events_burst_limit: 10000000 }' : '';
  return `<script>!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;for(void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],o="capture identify alias people.set people.set_once set_config register register_once unregister opt_out_capturing has_opted_out_capturing opt_in_capturing reset isFeatureEnabled onFeatureFlags getFeatureFlag reloadFeatureFlags group".split(" "),n=0;n<o.length;n++)g(u,o[n]);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
posthog.init('phc_bench', { api_host: location.origin, autocapture: true, capture_pageview: false, disable_session_recording: true, opt_out_useragent_filter: true, loaded: () => { window.__phReady = true }${limits} });</script>`;
}

// Stands in for the sites the page talks to: the widget's files and model, posthog-js's script,
// its remote config (autocapture on, or it never captures) and its collectors.
function startServer(): Promise<Server> {
  const remoteConfig = JSON.stringify({
    token: 'phc_bench',
    autocapture_opt_out: false,
    supportedCompression: [],
    sessionRecording: false,
    heatmaps: false,
    surveys: false,
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (type: string, body: string | Buffer) =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    const p = url.pathname;
    if (p === '/bench.html') return send('text/html', pageHtml((url.searchParams.get('mode') ?? 'bare') as Mode));
    if (p === '/bench-page.js') return send('text/javascript', PAGE_JS);
    if (p === '/model.json') return send('application/json', readFileSync(join(ROOT, 'test/fixtures/acme-model.json')));
    if (p.startsWith('/widget/') && existsSync(join(DIST, p.slice(8))))
      return send('text/javascript', readFileSync(join(DIST, p.slice(8))));
    if (p === '/static/array.js') return send('text/javascript', readFileSync(POSTHOG));
    if (p.endsWith('/config.js'))
      return send(
        'text/javascript',
        `(window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{})['phc_bench']={config:${remoteConfig},siteApps:[]}`,
      );
    if (p.endsWith('/config')) return send('application/json', remoteConfig);
    if (p.startsWith('/flags'))
      return send(
        'application/json',
        JSON.stringify({ featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false }),
      );
    req.resume();
    return send('application/json', '{"status":1}');
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

async function openMode(page: Page, origin: string, mode: Mode): Promise<void> {
  await page.goto(`${origin}/bench.html?mode=${mode}`);
  if (mode === 'widget') {
    await page.waitForFunction(() => document.documentElement.dataset.yardstickWidget === 'acme');
    await page.waitForFunction(() => document.querySelector('yardstick-ui') !== null || performance.now() > 3000);
  }
  if (mode.startsWith('posthog'))
    await page.waitForFunction(() => (window as unknown as { __phReady?: boolean }).__phReady === true);
  // Let idle-time work (badge, first batch, remote config) settle before measuring.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
}

/** Median over rounds of the time to dispatch CLICKS clicks, in µs per click. */
async function clickCost(page: Page): Promise<number> {
  const rounds: number[] = [];
  for (let r = 0; r <= ROUNDS; r++) {
    rounds.push(
      await page.evaluate((n) => {
        const els = [...document.querySelectorAll('#grid *')];
        const t0 = performance.now();
        for (let i = 0; i < n; i++) {
          const el = els[(i * 7919) % els.length]!;
          el.dispatchEvent(
            new MouseEvent('click', {
              bubbles: true,
              cancelable: true,
              view: window,
              clientX: (i * 37) % 1200,
              clientY: (i * 53) % 800,
            }),
          );
        }
        return ((performance.now() - t0) * 1000) / n;
      }, CLICKS),
    );
  }
  return median(rounds.slice(1)); // the first round warms up the JIT
}

// Long tasks, plus Long Animation Frames with script attribution: a long frame is only the
// widget's doing when the widget's own scripts account for 50 ms of it. The machine this runs on
// may be busy, which makes bare long tasks appear too; attribution keeps the comparison honest.
const OBSERVERS = () => {
  const w = window as unknown as {
    __longtasks: number[];
    __widgetFrames: number[];
    __observers: PerformanceObserver[];
    __observe(): void;
  };
  w.__longtasks = [];
  w.__widgetFrames = [];
  w.__observers = [];
  w.__observe = () => {
    const buffered = w.__observers.length === 0;
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push(Math.round(e.duration));
    });
    tasks.observe({ type: 'longtask', buffered });
    w.__observers.push(tasks);
    try {
      const frames = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ scripts: Array<{ sourceURL: string; duration: number }> }>) {
          const ours = e.scripts.filter((s) => s.sourceURL.includes('/widget/')).reduce((sum, s) => sum + s.duration, 0);
          if (ours > 0) w.__widgetFrames.push(Math.round(ours));
        }
      });
      frames.observe({ type: 'long-animation-frame', buffered });
      w.__observers.push(frames);
    } catch {
      // No LoAF in this browser: long tasks alone are reported.
    }
  };
  w.__observe();
};
const drain = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longtasks: number[]; __widgetFrames: number[] };
    return { tasks: w.__longtasks.splice(0), widget: w.__widgetFrames.splice(0) };
  });
// Script attribution instruments every listener call: stop observing before timing clicks.
const stopObservers = (page: Page) =>
  page.evaluate(() => {
    for (const o of (window as unknown as { __observers: PerformanceObserver[] }).__observers) o.disconnect();
  });
const restartObservers = (page: Page) => page.evaluate(() => (window as unknown as { __observe(): void }).__observe());
const describeTasks = (t: number[]) => (t.length === 0 ? 'none' : `${t.length} (longest ${Math.max(...t)} ms)`);

/**
 * The widget's own cost in one page: capture on (optIn) and off (optOut, which removes its
 * listeners), alternated three times so drift on a busy machine hits both sides alike.
 */
async function pairedWidgetCost(page: Page): Promise<{ on: number; off: number }> {
  const on: number[] = [];
  const off: number[] = [];
  const y = (fn: 'optIn' | 'optOut') =>
    page.evaluate((f) => (window as unknown as { yardstick: Record<string, () => void> }).yardstick[f]!(), fn);
  for (let i = 0; i < 3; i++) {
    await y('optOut');
    off.push(await clickCost(page));
    await y('optIn');
    on.push(await clickCost(page));
  }
  return { on: median(on), off: median(off) };
}

export async function run(): Promise<void> {
  if (!existsSync(join(DIST, 'yardstick.js'))) spawnSync('npm', ['run', 'build:widget'], { cwd: ROOT, stdio: 'inherit' });

  const main = gz(join(DIST, 'yardstick.js'));
  const ui = gz(join(DIST, 'yardstick-ui.mjs'));
  const posthog = gz(POSTHOG);
  console.log('\nSize (min + gzip -9)');
  console.log(
    `  before the first card or badge  yardstick.js        ${kb(main).padStart(8)}  budget ${kb(BUDGETS.main)}  ${main <= BUDGETS.main ? 'ok' : 'OVER'}`,
  );
  console.log(`  on demand                       yardstick-ui.mjs    ${kb(ui).padStart(8)}`);
  console.log(
    `  whole widget                                        ${kb(main + ui).padStart(8)}  budget ${kb(BUDGETS.total)}  ${main + ui <= BUDGETS.total ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  posthog-js array.js (same run)                      ${kb(posthog).padStart(8)}  widget / posthog = ${((main + ui) / posthog).toFixed(2)}`,
  );
  for (const [file, label] of [
    ['yardstick.js', 'yardstick.js'],
    ['yardstick-ui.mjs', 'yardstick-ui.mjs'],
  ] as const) {
    const parts = Object.entries(sizeByGroup(join(DIST, file), join(DIST, `${file}.map`))).sort((a, b) => b[1].gzip - a[1].gzip);
    console.log(`  ${label} by source (each part gzipped alone): ${parts.map(([g, s]) => `${g} ${kb(s.gzip)}`).join(', ')}`);
  }

  const server = await startServer();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const cost: Partial<Record<Mode, number>> = {};
    const load: Partial<Record<Mode, { tasks: number[]; widget: number[] }>> = {};
    let paired = { on: 0, off: 0 };
    let burst = { tasks: [] as number[], widget: [] as number[] };
    let burstMs = 0;
    for (const mode of ['bare', 'widget', 'posthog', 'posthog-lifted'] as Mode[]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(OBSERVERS);
      await openMode(page, origin, mode);
      load[mode] = await drain(page);
      await stopObservers(page);
      cost[mode] = await clickCost(page);
      if (mode === 'widget') {
        paired = await pairedWidgetCost(page);
        await restartObservers(page);
        burstMs = await page.evaluate(async () => {
          const y = (window as unknown as { yardstick: { track(n: string, p: object): void; flush(): Promise<void> } }).yardstick;
          const t0 = performance.now();
          for (let i = 0; i < 1000; i++) y.track('bench_burst', { i, label: `event ${i}` });
          await y.flush();
          return performance.now() - t0;
        });
        burst = await drain(page);
      }
      await context.close();
    }
    const us = (n: number) => `${n.toFixed(2)} µs`;
    const over = (m: Mode) => cost[m]! - cost.bare!;
    const widgetOver = paired.on - paired.off;
    const times = (n: number) =>
      widgetOver > 0.05 ? `${(n / widgetOver).toFixed(0)}x the widget's` : 'the widget is within noise';
    console.log(
      `\nMain-thread cost per click (${CLICKS.toLocaleString('en-US')} synthetic clicks, distinct coordinates, 2,000 elements, median of ${ROUNDS})`,
    );
    console.log(`  bare page                       ${us(cost.bare!)}`);
    console.log(
      `  Yardstick widget                ${us(cost.widget!)}  (${over('widget') >= 0 ? '+' : ''}${us(over('widget'))} vs the bare page, across pages)`,
    );
    console.log(
      `  same page, capture on vs off    ${us(paired.on)} vs ${us(paired.off)}: +${us(widgetOver)} per click (budget +10 µs: ${widgetOver <= 10 ? 'ok' : 'OVER'})`,
    );
    console.log(`  posthog-js autocapture          ${us(cost.posthog!)}  (+${us(over('posthog'))}; ${times(over('posthog'))})`);
    console.log(
      `  posthog-js, rate limit lifted   ${us(cost['posthog-lifted']!)}  (+${us(over('posthog-lifted'))}; ${times(over('posthog-lifted'))})`,
    );
    console.log("\nLong tasks (> 50 ms), and the widget's own script time in long frames");
    for (const m of ['bare', 'widget', 'posthog'] as Mode[]) {
      const own =
        m === 'widget'
          ? `; widget scripts in long frames: ${load.widget!.widget.length === 0 ? 'none' : `${Math.max(...load.widget!.widget)} ms at most`}`
          : '';
      console.log(`  during load, ${m.padEnd(8)}      ${describeTasks(load[m]!.tasks)}${own}`);
    }
    console.log(
      `  1,000-event burst (track x1000 + flush, ${burstMs.toFixed(0)} ms in all): ${describeTasks(burst.tasks)}; widget scripts in long frames: ${burst.widget.length === 0 ? 'none' : `${Math.max(...burst.widget)} ms at most`}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
