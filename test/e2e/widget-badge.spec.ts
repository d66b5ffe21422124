import { timeSavedOf } from '../../core/metrics/time-saved';
import { acmeModel, expect, flush, RAW_MODEL, readMeta, reportOf, storedEvents, test, waitReady } from './widget-helpers';

test('the badge shows the minutes the value model says: two exports at 20 manual minutes = 40 min', async ({ page }) => {
  await page.goto('/reports?user=e2e_badge');
  await waitReady(page);
  const badge = page.locator('yardstick-ui .badge');
  await expect(badge).toContainText('0 min'); // mounted in the sidebar: an empty state, not nothing
  await page.selectOption('#range', 'last-30-days');
  await page.click('#export');
  await page.click('#export');
  await expect(badge).toContainText('40 min');
  await expect(badge).toHaveAttribute('aria-label', /Time saved this month: 40 minutes/);
  await expect(page.locator('yardstick-ui [role=status]').first()).toHaveText(/40 minutes/);

  await flush(page);
  const events = await storedEvents(page);
  expect(timeSavedOf(events, acmeModel()).minutes).toBe(40); // the badge's number is core's
  expect(reportOf(events).timeSaved.minutes).toBe(40);

  await badge.click();
  const panel = page.locator('yardstick-ui .panel');
  await expect(panel).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toContainText('Export report');
  await expect(panel).toContainText('2 × 20 min');
  await expect(panel).toContainText('$60'); // 40 min at the developer rate of $90/h
  await expect(panel.locator('.grade')).toHaveText('modeled');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(badge).toBeFocused();
});

test('integration contract with the extension: marker, meta, events-stored hint, valid events', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __hints: unknown[] };
    w.__hints = [];
    window.addEventListener('message', (e) => {
      if (e.data?.source === 'yardstick-widget') w.__hints.push(e.data);
    });
  });
  await page.goto('/?user=e2e_contract&cohort=treatment');
  await waitReady(page);
  expect(await page.getAttribute('html', 'data-yardstick-widget')).toBe('acme');
  await page.evaluate(() => (window as unknown as { yardstick: { track(n: string): void } }).yardstick.track('contract_check'));
  await flush(page);
  const events = await storedEvents(page);
  const lastSeq = Math.max(...events.map((e) => e.seq));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __hints: Array<{ lastSeq: number }> }).__hints.at(-1)))
    .toEqual({
      source: 'yardstick-widget',
      type: 'events-stored',
      appId: 'acme',
      lastSeq,
    });
  expect(await readMeta(page, 'model:acme')).toEqual(RAW_MODEL);
  const user = (await readMeta(page, 'user:acme')) as Record<string, unknown>;
  expect(user).toMatchObject({ userId: 'e2e_contract', cohort: 'treatment' });
  expect(user.anonymousId).toMatch(/^anon_/);
});

test('without constructable stylesheets (older engines) the UI is styled the same through a <style> in its shadow root', async ({
  browser,
}) => {
  const looks = async (withoutAdopted: boolean) => {
    const page = await browser.newPage();
    if (withoutAdopted) {
      await page.addInitScript(() => {
        Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', { get: () => undefined, configurable: true });
      });
    }
    await page.goto('/reports?user=e2e_style_fallback');
    await waitReady(page);
    const badge = page.locator('yardstick-ui .badge');
    await expect(badge).toContainText('min');
    const seen = await badge.evaluate((el) => {
      const s = getComputedStyle(el);
      const root = el.getRootNode() as ShadowRoot;
      return {
        style: [s.borderRadius, s.backgroundColor, s.color, s.fontSize, s.padding, s.display].join(' | '),
        styleElements: root.querySelectorAll('style').length,
      };
    });
    await page.close();
    return seen;
  };
  const adopted = await looks(false);
  const fallback = await looks(true);
  expect(adopted.styleElements).toBe(0);
  expect(fallback.styleElements).toBe(1);
  expect(fallback.style).toBe(adopted.style);
  // And the styles are really the widget's, not the user agent's defaults for an unstyled button.
  expect(adopted.style).not.toContain('rgb(239, 239, 239)');
  expect(adopted.style).not.toMatch(/^0px \|/);
});
