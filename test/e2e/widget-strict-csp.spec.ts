import { expect, flush, rageClick, reportOf, storedEvents, test, waitReady } from './widget-helpers';

test('under a strict CSP the widget, its help card and badge work with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route('**/collect', (route) => route.fulfill({ status: 204 }));
  const response = await page.goto('/strict/?user=e2e_csp&cohort=treatment');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await waitReady(page);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await rageClick(page, '#export');
  const card = page.locator('yardstick-ui .card');
  await expect(card).toBeVisible();
  // Styles arrived through adoptedStyleSheets: the card is fixed-positioned and themed.
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await page.selectOption('#range', 'this-quarter');
  await page.click('#export');
  const badge = page.locator('yardstick-ui .badge');
  await expect(badge).toContainText('20 min');
  expect(await badge.evaluate((el) => getComputedStyle(el.parentElement!).position)).toBe('fixed');
  await flush(page);
  expect(reportOf(await storedEvents(page)).deflection.deflected).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a help card never covers the floating badge, even one that appeared after the page loaded', async ({ page }) => {
  await page.route('**/collect', (route) => route.fulfill({ status: 204 }));
  await page.goto('/strict/?user=e2e_badge_card&cohort=treatment');
  await waitReady(page);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  // The badge has nothing to show until time is earned; then it appears in its corner.
  await page.selectOption('#range', 'this-quarter');
  await page.click('#export');
  const badge = page.locator('yardstick-ui .badge');
  await expect(badge).toContainText('20 min');
  await rageClick(page, '#export');
  const card = page.locator('yardstick-ui .card');
  await expect(card).toBeVisible();
  const [a, b] = [await card.boundingBox(), await badge.boundingBox()];
  const overlaps = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
  expect(overlaps).toBe(false);
});
