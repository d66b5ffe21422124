import { timeSavedOf } from '../../core/metrics/time-saved';
import { buildReport } from '../../core/report/build-report';
import { createFormatter } from '../../core/report/render-format';
import { parseEvent, type YardstickEvent } from '../../core/schema/event';
import { parseValueModel, type ValueModel } from '../../core/schema/value-model';
import { periodStarts } from '../../extension/lib/figures/periods';
import { pricedAt } from '../../extension/lib/figures/priced-model';
import { fixtureModel, scriptedSession } from '../../extension/lib/testing/scripted-session';
import { DEMO_ORIGIN, OTHER_ORIGIN } from './browser';
import { ExtensionProbe, FixturePage, keepScreenshot, tabIdOf } from './extension-kit';
import { expect, test } from './fixtures';

const RATE = 80;
const f = createFormatter('USD', 'en-US');
const hours = (minutes: number) => (minutes <= 0 ? '0 min' : f.hoursOf(minutes));

function model(): ValueModel {
  const parsed = parseValueModel(fixtureModel());
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.model;
}

/** What core says one app's overlay must show (same period rule as the extension and the widget). */
function expectedPeriods(events: YardstickEvent[], now: number) {
  const starts = periodStarts(now);
  const of = (from: number) =>
    timeSavedOf(
      events.filter((e) => e.name === 'identify' || e.ts >= from),
      pricedAt(model(), RATE),
    );
  return { today: of(starts.today), week: of(starts.week), month: of(starts.month) };
}

test('overlay, popup and inspector show the figures core computes for a scripted session', async ({
  extensionContext,
  extensionId,
}, testInfo) => {
  const now = Date.now();
  // Both sessions end minutes ago: every 6-second deflection window has closed. (Near midnight
  // some events fall on yesterday; the expected figures use the same period rule, so still agree.)
  const base = now - 300_000;
  const acmeEvents = scriptedSession(base, 'acme');
  const globexEvents = scriptedSession(base, 'globex')
    .filter((e) => e.name !== 'confusion')
    .map((e) => ({ ...e, appId: 'globex' }));
  const probe = await ExtensionProbe.open(extensionContext, extensionId);

  const acme = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  // Alice is signed in on acme; the holdout user's events on the same origin are not hers.
  await acme.init(fixtureModel(), { userId: 'u_alice' });
  await acme.emit(acmeEvents);
  const globex = await FixturePage.open(extensionContext, OTHER_ORIGIN);
  await globex.init(fixtureModel(), { appId: 'globex', userId: 'u_alice' });
  await globex.emit(globexEvents);
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events === acmeEvents.length);
  await probe.waitFor(OTHER_ORIGIN, (p) => p.events === globexEvents.length);

  // The user's rate and seat prices, set in the popup.
  const acmeTab = await tabIdOf(extensionContext, DEMO_ORIGIN);
  const popup = await extensionContext.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${acmeTab}`);
  await popup.getByRole('tab', { name: 'Settings' }).click();
  await popup.getByLabel('Hourly rate').fill(String(RATE));
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.getByRole('tab', { name: 'Apps' }).click();
  await popup.locator('[data-app="acme"] input').fill('30');
  await popup.locator('[data-app="acme"] input').press('Enter');
  await popup.locator('[data-app="globex"] input').fill('200');
  await popup.locator('[data-app="globex"] input').press('Enter');
  await expect(popup.locator('[data-app="globex"] .chip')).toBeVisible();

  // Overlay: the signed-in user's periods on this origin, priced at the user's rate, and
  // value-to-cost against its seat.
  const parse = (events: unknown[]) => events.map((e) => (parseEvent(e) as { ok: true; event: YardstickEvent }).event);
  const acmeFigures = expectedPeriods(parse(acmeEvents), now);
  const globexFigures = expectedPeriods(parse(globexEvents), now);
  const alices = expectedPeriods(
    parse(acmeEvents).filter((e) => e.userId === 'u_alice'),
    now,
  );
  expect(alices.month.minutes).toBeGreaterThan(0);
  expect(alices.month.value).toBeLessThan(acmeFigures.month.value);
  await acme.page.bringToFront();
  const expectedOverlay = [
    hours(alices.today.minutes),
    f.money(alices.today.value),
    hours(alices.month.minutes),
    f.money(alices.month.value),
    f.ratio(alices.month.value / 30),
  ];
  await expect.poll(() => acme.overlayText(), { timeout: 15_000 }).toContain(expectedOverlay.at(-1)!);
  const overlay = await acme.overlayText();
  for (const text of expectedOverlay) expect(overlay).toContain(text);
  expect(overlay).not.toContain(f.ratio(globexFigures.month.value / 200));
  await keepScreenshot(acme.page, testInfo, 'overlay');

  // Popup: totals of this browser profile across both apps, each from core.
  await popup.getByRole('tab', { name: 'Overview' }).click();
  const monthMinutes = acmeFigures.month.minutes + globexFigures.month.minutes;
  const monthValue = acmeFigures.month.value + globexFigures.month.value;
  await expect(popup.locator('[data-kpi="minutes"]')).toHaveText(hours(monthMinutes));
  await expect(popup.locator('[data-kpi="value"]')).toHaveText(f.money(monthValue));
  await expect(popup.locator('[data-kpi="ratio"]')).toContainText(f.ratio(monthValue / 230));
  await expect(popup.locator('canvas')).toHaveCount(3);
  await keepScreenshot(popup, testInfo, 'popup-light');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.reload();
  await expect(popup.locator('canvas')).toHaveCount(3);
  await keepScreenshot(popup, testInfo, 'popup-dark');

  // Inspector: every total equals the report's deflection on the same events.
  const report = buildReport(model(), acmeEvents);
  expect(report.deflection).toMatchObject({ episodes: 4, helpShown: 3, deflected: 1, escalated: 1, abandoned: 1 });
  const inspector = await extensionContext.newPage();
  await inspector.setViewportSize({ width: 420, height: 900 });
  await inspector.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${acmeTab}`);
  const total = (name: string) => inspector.locator(`[data-total="${name}"]`);
  await expect(total('episodes')).toHaveText(String(report.deflection.episodes));
  await expect(total('help-shown')).toHaveText(String(report.deflection.helpShown));
  await expect(total('rate')).toHaveText(f.percent(report.deflection.rate ?? 0));
  await expect(total('saved')).toHaveText(f.money(report.deflection.value));
  const causal = report.deflection.causal!;
  await expect(total('holdout')).toContainText(`control ${f.percent(causal.controlTicketRate)}`);
  await expect(total('holdout')).toContainText(`treatment ${f.percent(causal.treatmentTicketRate)}`);
  for (const status of ['deflected', 'escalated', 'abandoned'] as const) {
    await expect(inspector.locator(`[data-status="${status}"]`)).toHaveCount(report.deflection[status]);
  }
  // Hovering a signal outlines its element on the page.
  await inspector.locator('[data-episode="ep-a"] .signal').first().hover();
  await expect(inspector.locator('[data-episode="ep-a"] .spot')).toHaveText('outlined on the page');
  await keepScreenshot(inspector, testInfo, 'inspector');
  await acme.page.bringToFront();
  await keepScreenshot(acme.page, testInfo, 'overlay-with-highlight');
});
