import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, flush, ROOT, storedEvents, test, waitReady } from './widget-helpers';

type Api = {
  on(event: string, cb: (e: { name: string; ts: number }) => void): void;
  track(name: string, props?: object): void;
  taskStarted(task: string): void;
  identify(userId: string): void;
  flush(): Promise<void>;
};
type Win = Window & { yardstick: Api; __seen: Array<{ name: string; ts: number }> };

// Holds a script's response until the test says so, so calls are made before it loads for sure.
async function gate(page: import('@playwright/test').Page, pattern: string) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const callBeforeLoad = () => {
  const w = window as unknown as Win;
  w.__seen = [];
  w.yardstick.on('event', (e) => w.__seen.push({ name: e.name, ts: e.ts }));
  w.yardstick.track('first_call', { n: 1 });
  w.yardstick.taskStarted('export_report');
  w.yardstick.track('third_call', { n: 3 });
  return Date.now();
};

async function expectReplayedInOrder(page: import('@playwright/test').Page, calledBy: number) {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as Win).__seen.filter((e) => e.name !== 'page_view').map((e) => e.name)))
    .toEqual(['first_call', 'task_started', 'third_call']);
  const seen = await page.evaluate(() => (window as unknown as Win).__seen.filter((e) => e.name !== 'page_view'));
  // Each event keeps the time of the call, not of the replay.
  for (const e of seen) expect(e.ts).toBeLessThanOrEqual(calledBy);
  expect(seen.map((e) => e.ts)).toEqual([...seen.map((e) => e.ts)].sort((a, b) => a - b));
  await flush(page);
  const stored = (await storedEvents(page)).filter((e) => e.name !== 'page_view').map((e) => e.name);
  expect(stored).toEqual(['first_call', 'task_started', 'third_call']);
}

test('snippet mode: calls made before the script loads are replayed in order', async ({ page }) => {
  const release = await gate(page, '**/widget/yardstick.js');
  await page.goto('/?user=e2e_snippet', { waitUntil: 'domcontentloaded' });
  const calledBy = await page.evaluate(callBeforeLoad);
  release();
  await waitReady(page);
  await expectReplayedInOrder(page, calledBy);
});

test('ESM mode: the module adopts the snippet and replays its queue in order', async ({ page }) => {
  const release = await gate(page, '**/widget/yardstick.mjs');
  // The gated module blocks DOMContentLoaded: wait for the snippet's stub instead.
  await page.goto('/esm/?user=e2e_esm', { waitUntil: 'commit' });
  await page.waitForFunction(() => Array.isArray((window as unknown as { yardstick?: { q?: unknown } }).yardstick?.q));
  const calledBy = await page.evaluate(callBeforeLoad);
  release();
  await waitReady(page);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.yardstickMode)).toMatch(/^esm:/);
  await expectReplayedInOrder(page, calledBy);
});

test('the pasted snippet (dist/widget/snippet.html) queues calls for the script tag', async ({ page }) => {
  const snippet = readFileSync(resolve(ROOT, 'dist/widget/snippet.html'), 'utf8');
  const html = `<!doctype html><html><head>${snippet}<script>yardstick.init({ userId: 'e2e_inline', badge: 'off' }); yardstick.track('queued_inline');</script>
    <script async src="/widget/yardstick.js" data-app-id="acme" data-model="/yardstick-model.json"></script></head><body><button id="b">ok</button></body></html>`;
  await page.route('**/e2e/inline.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('/e2e/inline.html');
  await waitReady(page);
  await flush(page);
  const events = await storedEvents(page);
  expect(events.find((e) => e.name === 'queued_inline')).toMatchObject({ userId: 'e2e_inline', appId: 'acme' });
});

test('claims one global and leaks nothing else; a second copy of the script is harmless', async ({ page }) => {
  await page.route('**/e2e/blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><body><p>blank</p></body></html>' }),
  );
  await page.goto('/e2e/blank.html');
  const before = await page.evaluate(() => Object.keys(window));
  const load = () =>
    page.evaluate(() => {
      const s = document.createElement('script');
      s.src = '/widget/yardstick.js';
      s.dataset.appId = 'acme';
      s.dataset.model = '/yardstick-model.json';
      s.dataset.badge = 'off';
      document.head.append(s);
      return new Promise((r) => (s.onload = r));
    });
  await load();
  await waitReady(page);
  const first = await page.evaluate(() => (window as unknown as Win).yardstick);
  await load();
  const after = await page.evaluate(() => Object.keys(window));
  expect(after.filter((k) => !before.includes(k))).toEqual(['yardstick']);
  expect(await page.evaluate(() => Object.keys((window as unknown as Win).yardstick).sort())).toEqual(
    [
      'activation',
      'flush',
      'identify',
      'init',
      'on',
      'optIn',
      'optOut',
      'taskCompleted',
      'taskStarted',
      'ticketOpened',
      'track',
    ].sort(),
  );
  expect(first).toBeDefined();
});

test('a config error is reported once, with the field and the fix, and the widget stays inert', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const html = `<!doctype html><html><head><script src="/widget/snippet.js"></script>
    <script async src="/widget/yardstick.js" data-app-id="not a valid id!" data-model="/yardstick-model.json"></script></head><body><button id="b">b</button></body></html>`;
  await page.route('**/e2e/bad.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('/e2e/bad.html');
  await expect.poll(() => errors.length).toBe(1);
  expect(errors[0]).toMatch(
    /\[yardstick\] The widget is off[\s\S]*appId: expected an app id of letters, digits[\s\S]*data-app-id/,
  );
  await page.evaluate(() => {
    const y = (window as unknown as Win).yardstick;
    y.track('ignored');
    y.identify('u_1');
  });
  await page.evaluate(() => (window as unknown as Win).yardstick.flush());
  expect(await page.evaluate(() => document.documentElement.dataset.yardstickWidget)).toBeUndefined();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('yardstick');
  expect(errors).toHaveLength(1);
});

test('a value model that fails core schema is refused with core messages', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/yardstick-model.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ defaultHourlyRate: 50, tasks: { export_report: { manualMinutes: '20m' } } }),
    }),
  );
  await page.goto('/reports');
  await expect
    .poll(() => errors.join('\n'))
    .toMatch(/model\.tasks\.export_report\.manualMinutes: expected a positive number, got "20m"/);
  expect(await page.evaluate(() => document.documentElement.dataset.yardstickWidget)).toBeUndefined();
});
