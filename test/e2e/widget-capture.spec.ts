import { expect, flush, storedEvents, test, waitForEvent, waitReady } from './widget-helpers';

test('SPA routes: pushState and back are page views, replaceState never is', async ({ page }) => {
  await page.goto('/?user=e2e_spa');
  await waitReady(page);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page).toHaveURL(/\/reports/);
  await page.evaluate(() => {
    history.replaceState({}, '', `/reports?tab=2${location.search.replace('?', '&')}`);
    history.replaceState({}, '', '/invoices'); // a redirect-style rewrite: still not a view
  });
  await page.goBack();
  await expect
    .poll(async () => {
      await flush(page);
      return (await storedEvents(page)).filter((e) => e.name === 'page_view').map((e) => e.props.route);
    })
    .toEqual(['/', '/reports', '/']);
});

test('thrashing between two pages is one confusion signal', async ({ page }) => {
  await page.goto('/invoices?user=e2e_thrash&cohort=control');
  await waitReady(page);
  for (const name of ['Reports', 'Invoices', 'Reports', 'Invoices']) await page.getByRole('link', { name, exact: true }).click();
  const thrash = await waitForEvent(page, (e) => e.name === 'confusion' && e.props.signal === 'thrash');
  expect(thrash.props.route).toBe('/invoices');
});

test('a click on a control that does nothing for 2.5 s is a dead click', async ({ page }) => {
  await page.goto('/reports?user=e2e_dead&cohort=control');
  await waitReady(page);
  await page.locator('#export').click({ force: true });
  const dead = await waitForEvent(page, (e) => e.name === 'confusion' && e.props.signal === 'dead_click');
  expect(dead.props).toMatchObject({ selector: '#export', task: 'export_report' });
});

test('a form failing validation again and again is an error loop, matched to the task help', async ({ page }) => {
  await page.goto('/invoices/new?user=e2e_loop&cohort=treatment');
  await waitReady(page);
  await page.fill('input[name=amount]', '120');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Create invoice' }).click();
  const loop = await waitForEvent(page, (e) => e.name === 'confusion' && e.props.signal === 'error_loop');
  expect(loop.props).toMatchObject({ source: 'form', selector: '#invoice-form', task: 'create_invoice', helpId: 'invoice-help' });
  await expect(page.locator('yardstick-ui .card')).toContainText('Creating an invoice');
});

test('false positives: a stepper clicked fast and a triple-click selecting text are not rage clicks', async ({ page }) => {
  await page.goto('/invoices/new?user=e2e_fp&cohort=control');
  await waitReady(page);
  const plus = page.getByRole('button', { name: 'Increase quantity' });
  for (let i = 0; i < 5; i++) await plus.click();
  await expect(page.locator('input[name=qty]')).toHaveValue('6');
  await page.locator('h1').click({ clickCount: 3 });
  await page.fill('input[name=description]', 'x');
  for (let i = 0; i < 4; i++) await page.locator('input[name=description]').click();
  await page.evaluate(() => (window as unknown as { yardstick: { track(n: string): void } }).yardstick.track('marker'));
  await flush(page);
  const events = await storedEvents(page);
  expect(events.some((e) => e.name === 'marker')).toBe(true);
  expect(events.filter((e) => e.props.signal === 'rage_click')).toEqual([]);
});

test('repeated searches are counted, and nothing typed is ever stored', async ({ page }) => {
  await page.goto('/?user=e2e_search&cohort=control');
  await waitReady(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  for (const q of ['secret-term-alpha', 'secret-term-beta', 'secret-term-gamma']) {
    await search.fill(q);
    await search.press('Enter');
  }
  const signal = await waitForEvent(page, (e) => e.name === 'confusion' && e.props.signal === 'help_search');
  expect(signal.props.count).toBe(3);
  await page.goto('/invoices/new?user=e2e_search&cohort=control');
  await waitReady(page);
  await page.fill('input[name=description]', 'secret-term-delta');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await flush(page);
  expect(JSON.stringify(await storedEvents(page))).not.toMatch(/secret-term/);
});
