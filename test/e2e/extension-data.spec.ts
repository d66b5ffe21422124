import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { buildReport } from '../../core/report/build-report';
import { parseValueModel, type ValueModel } from '../../core/schema/value-model';
import { fixtureModel, scriptedSession } from '../../extension/lib/testing/scripted-session';
import { DEMO_ORIGIN, OTHER_ORIGIN } from './browser';
import { ExtensionProbe, FixturePage, keepScreenshot, tabIdOf } from './extension-kit';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const model = (): ValueModel => (parseValueModel(fixtureModel()) as { ok: true; model: ValueModel }).model;

test('two origins stay apart, and no page can read any figure from the DOM', async ({ extensionContext, extensionId }) => {
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const local = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  const other = await FixturePage.open(extensionContext, OTHER_ORIGIN);
  await local.init(fixtureModel());
  await other.init(fixtureModel());
  // 3 exports (60 min) on localhost, 7 (140 min) on 127.0.0.1: numbers that cannot be confused.
  const exports = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}-${i}`,
      name: 'task_completed',
      ts: Date.now() - 1000 * i,
      appId: 'acme',
      userId: 'u_1',
      props: { task: 'export_report' },
    }));
  await local.emit(exports(3, 'local'));
  await other.emit(exports(7, 'other'));
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events === 3);
  await probe.waitFor(OTHER_ORIGIN, (p) => p.events === 7);
  expect((await probe.partition(DEMO_ORIGIN)).ids.every((id) => id.startsWith('local-'))).toBe(true);
  expect((await probe.partition(OTHER_ORIGIN)).ids.every((id) => id.startsWith('other-'))).toBe(true);

  // Priced at the app's rates (no hourly rate set): the task's developer rate, $90/h.
  const localFigures = ['1 h', '$90.00'];
  const otherFigures = ['2 h 20 min', '$210'];
  await expect.poll(() => local.overlayText()).toContain(localFigures[1]);
  await expect.poll(() => other.overlayText()).toContain(otherFigures[1]);
  for (const figure of otherFigures) expect(await local.overlayText()).not.toContain(figure);
  for (const figure of localFigures) expect(await other.overlayText()).not.toContain(figure);
  // Page scripts see an overlay host with a closed root: neither its own figures nor the other's.
  for (const page of [local, other]) {
    const readable = await page.pageReadableText();
    for (const figure of [...localFigures, ...otherFigures, 'Your time saved']) expect(readable).not.toContain(figure);
  }
});

test('pause, delete and export (NDJSON the report CLI reads, and CSV)', async ({ extensionContext, extensionId }, testInfo) => {
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const app = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  const events = scriptedSession(Date.now() - 600_000, 'data');
  await app.init(fixtureModel());
  await app.emit(events);
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events === events.length);

  const popup = await extensionContext.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(extensionContext, DEMO_ORIGIN)}`);
  await popup.getByRole('tab', { name: 'Apps' }).click();
  const card = popup.locator('[data-app="acme"]');

  // Export NDJSON: the report CLI reads it and reports what core reports on the original events.
  const [ndjson] = await Promise.all([popup.waitForEvent('download'), card.getByRole('button', { name: 'NDJSON' }).click()]);
  const eventsFile = testInfo.outputPath('export.ndjson');
  const modelFile = testInfo.outputPath('model.json');
  await ndjson.saveAs(eventsFile);
  await writeFile(modelFile, JSON.stringify(fixtureModel()));
  const { stdout } = await run('node', [
    'core/cli/bin.mjs',
    'report',
    '--model',
    modelFile,
    '--events',
    eventsFile,
    '--format',
    'json',
  ]);
  const fromCli = JSON.parse(stdout);
  const direct = buildReport(model(), events);
  expect(fromCli.events).toMatchObject({ read: events.length, rejected: 0, duplicates: 0 });
  expect(fromCli.timeSaved.minutes).toBe(direct.timeSaved.minutes);
  expect(fromCli.deflection).toMatchObject({
    episodes: direct.deflection.episodes,
    deflected: direct.deflection.deflected,
    helpShown: direct.deflection.helpShown,
  });

  const [csv] = await Promise.all([popup.waitForEvent('download'), card.getByRole('button', { name: 'CSV' }).click()]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  const rows = csvText.trim().split('\r\n');
  expect(rows[0]).toBe('origin,app,id,name,time,ts,userId,anonymousId,sessionId,cohort,props');
  expect(rows.length).toBe(events.length + 1);

  // Pause: new events are skipped (never stored), though the cursor passes them.
  await card.getByRole('button', { name: 'Pause capture' }).click();
  await expect(card.getByRole('button', { name: 'Resume capture' })).toBeVisible();
  const cursorBefore = (await probe.partition(DEMO_ORIGIN)).cursor;
  await app.emit([
    {
      id: 'while-paused',
      name: 'task_completed',
      ts: Date.now(),
      appId: 'acme',
      userId: 'u_1',
      props: { task: 'export_report' },
    },
  ]);
  const paused = await probe.waitFor(DEMO_ORIGIN, (p) => p.cursor > cursorBefore);
  expect(paused.ids).not.toContain('while-paused');
  expect(paused.stats?.paused).toBe(1);
  await card.getByRole('button', { name: 'Resume capture' }).click();
  await app.emit([{ id: 'after-resume', name: 'signup', ts: Date.now(), appId: 'acme', userId: 'u_1', props: {} }]);
  await probe.waitFor(DEMO_ORIGIN, (p) => p.ids.includes('after-resume'));
  await keepScreenshot(popup, testInfo, 'popup-apps');

  // Delete this app: its events go, and do not come back with the next sync.
  await card.getByRole('button', { name: 'Delete…' }).click();
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events === 0);
  await app.emit([{ id: 'after-delete', name: 'signup', ts: Date.now(), appId: 'acme', userId: 'u_1', props: {} }]);
  const after = await probe.waitFor(DEMO_ORIGIN, (p) => p.events === 1);
  expect(after.ids).toEqual(['after-delete']);

  // Delete everything, from Settings.
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByRole('button', { name: 'Delete all…' }).click();
  await popup.getByRole('button', { name: 'Delete all', exact: true }).click();
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events === 0 && p.apps.length === 0);
  await popup.getByRole('tab', { name: 'Overview' }).click();
  await expect(popup.locator('[data-empty="true"]')).toBeVisible();
  expect((await probe.partition(OTHER_ORIGIN)).events).toBe(0);
});
