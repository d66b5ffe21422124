import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { fixtureModel } from '../../extension/lib/testing/scripted-session';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_ORIGIN, OTHER_ORIGIN } from './browser';
import { ExtensionProbe, FixturePage, stopServiceWorker } from './extension-kit';
import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';

const completion = (i: number) => ({
  id: `pre-${i}`,
  name: 'task_completed',
  ts: Date.now() - 60_000 + i,
  appId: 'acme',
  userId: 'u_1',
  cohort: 'treatment',
  props: { task: 'export_report' },
});

test('backfills events the widget captured before the extension was installed', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'yardstick-backfill-'));
  try {
    // First, the same profile without the extension: the widget captures 1,200 events.
    const before = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = await FixturePage.open(before, DEMO_ORIGIN);
    await page.init(fixtureModel());
    await page.emit(
      Array.from({ length: 1200 }, (_, i) => completion(i)),
      true,
    );
    await before.close();

    // Then the extension is installed, and the user comes back to the app.
    const context = await launchWithExtension(dir);
    try {
      const worker = await serviceWorkerOf(context);
      const probe = await ExtensionProbe.open(context, new URL(worker.url()).host);
      const app = await FixturePage.open(context, DEMO_ORIGIN);
      // The emulator re-announces the widget (as the real widget does on every load).
      await app.init(fixtureModel());
      const state = await probe.waitFor(DEMO_ORIGIN, (p) => p.events === 1200);
      expect(state.cursor).toBe(1200);
      expect(new Set(state.ids).size).toBe(1200);
      expect(state.stats).toMatchObject({ accepted: 1200, rejected: 0 });
    } finally {
      await context.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('syncs live events as the widget stores them', async ({ extensionContext, extensionId }) => {
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const app = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  await app.init(fixtureModel());
  await app.waitForExtension();
  for (let round = 1; round <= 5; round++) {
    await app.emit([completion(round * 10), completion(round * 10 + 1)]);
    await probe.waitFor(DEMO_ORIGIN, (p) => p.events === round * 2);
  }
  const state = await probe.partition(DEMO_ORIGIN);
  expect(state.ids.sort()).toEqual([
    'pre-10',
    'pre-11',
    'pre-20',
    'pre-21',
    'pre-30',
    'pre-31',
    'pre-40',
    'pre-41',
    'pre-50',
    'pre-51',
  ]);
});

test('resumes after the service worker is stopped mid-sync: no loss, no duplicate', async ({ extensionContext, extensionId }) => {
  // 20,000 events take 5-15 s to sync on a loaded 2-core machine: room for two stops, and slack.
  test.setTimeout(180_000);
  const total = 20_000;
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const app = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  await app.seed(total);
  await app.init(fixtureModel());
  // Stop the worker while the backfill is under way, twice.
  await probe.waitFor(DEMO_ORIGIN, (p) => p.cursor > 0, 60_000);
  await stopServiceWorker(probe.page);
  const midway = await probe.partition(DEMO_ORIGIN);
  expect(midway.cursor).toBeLessThan(total);
  await probe.waitFor(DEMO_ORIGIN, (p) => p.cursor > midway.cursor, 60_000);
  await stopServiceWorker(probe.page);
  const done = await probe.waitFor(DEMO_ORIGIN, (p) => p.cursor === total, 90_000);
  expect(done.events).toBe(total);
  expect(new Set(done.ids).size).toBe(total);
  expect(done.stats?.accepted).toBe(total);
});

test('stays dormant on a page without the widget', async ({ extensionContext, extensionId }) => {
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const plain = await extensionContext.newPage();
  await plain.goto(`${DEMO_ORIGIN}/ext-fixtures/plain.html`);
  // A widget page on the other origin syncs: by then the plain page's content script has long run.
  const app = await FixturePage.open(extensionContext, OTHER_ORIGIN);
  await app.init(fixtureModel());
  await app.emit([completion(1)]);
  await probe.waitFor(OTHER_ORIGIN, (p) => p.events === 1);
  const plainState = await plain.evaluate(async () => ({
    overlay: document.querySelector('yardstick-overlay') !== null,
    marker: document.documentElement.dataset.yardstickExtension ?? null,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(plainState).toEqual({ overlay: false, marker: null, databases: [] });
  expect((await probe.partition(DEMO_ORIGIN)).cursor).toBe(0);
});
