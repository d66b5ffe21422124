import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { flush, ROOT, rageClick, test, waitReady } from './widget-helpers';

// Not a test of behaviour: renders the demo with the badge, its breakdown (empty and filled) and the
// help card (before and after feedback), in light and dark, to look at. `npm run screenshots` runs
// it (the default test run leaves it out); the PNGs land in .cache/screenshots/.

const OUT = join(ROOT, '.cache/screenshots');
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });

async function earnSomeTime(page: Page) {
  await page.selectOption('#range', 'last-30-days');
  await page.click('#export');
  await page.click('#export');
  await flush(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`demo app, ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`/reports?user=shot_${scheme}&cohort=treatment`);
    await waitReady(page);
    await page.locator('yardstick-ui .badge').click();
    await page.locator('yardstick-ui .panel').waitFor();
    await shot(page, `badge-breakdown-empty-${scheme}`);
    await page.keyboard.press('Escape');
    await earnSomeTime(page);
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.locator('yardstick-ui .badge').filter({ hasText: '40 min' }).waitFor();
    await shot(page, `dashboard-badge-${scheme}`);
    await page.locator('yardstick-ui .badge').click();
    await page.locator('yardstick-ui .panel').waitFor();
    await shot(page, `badge-breakdown-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.selectOption('#range', '');
    await rageClick(page, '#export');
    await page.locator('yardstick-ui .card').waitFor();
    await page.mouse.move(0, 0);
    await shot(page, `help-card-${scheme}`);
    await page.locator('yardstick-ui .chip').first().click();
    await page.mouse.move(0, 0);
    await shot(page, `help-card-thanks-${scheme}`);
  });

  test(`strict-CSP page with the floating badge, ${scheme}`, async ({ page }) => {
    await page.route('**/collect', (route) => route.fulfill({ status: 204 }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`/strict/?user=shot_strict_${scheme}&cohort=treatment`);
    await waitReady(page);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await earnSomeTime(page);
    await page.locator('yardstick-ui .badge').filter({ hasText: '40 min' }).click();
    await page.locator('yardstick-ui .panel').waitFor();
    await shot(page, `floating-badge-${scheme}`);
  });
}

test('mobile width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/reports?user=shot_mobile&cohort=treatment');
  await waitReady(page);
  await rageClick(page, '#export');
  await page.locator('yardstick-ui .card').waitFor();
  await shot(page, 'help-card-mobile');
});
