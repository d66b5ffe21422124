import { expect, flush, rageClick, reportOf, storedEvents, test, waitForEvent, waitReady } from './widget-helpers';

const card = (page: import('@playwright/test').Page) => page.locator('yardstick-ui .card');

test('rage clicks on the dead Export -> episode -> help card -> export done -> the report counts a deflection', async ({
  page,
}) => {
  await page.goto('/reports?user=e2e_deflect&cohort=treatment');
  await waitReady(page);
  await rageClick(page, '#export');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('Exporting a report');

  // Non-modal and polite: focus stays on the control the user clicked, which the card never covers.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('export');
  const [cardBox, exportBox] = [await card(page).boundingBox(), await page.locator('#export').boundingBox()];
  const overlaps =
    cardBox!.x < exportBox!.x + exportBox!.width &&
    exportBox!.x < cardBox!.x + cardBox!.width &&
    cardBox!.y < exportBox!.y + exportBox!.height &&
    exportBox!.y < cardBox!.y + cardBox!.height;
  expect(overlaps).toBe(false);

  await page.selectOption('#range', 'last-30-days');
  await page.click('#export');
  await flush(page);
  const events = await storedEvents(page);
  const confusion = events.filter((e) => e.name === 'confusion');
  const episodeId = confusion[0]!.props.episodeId;
  expect(confusion.every((e) => e.props.episodeId === episodeId)).toBe(true);
  expect(confusion[0]!.props).toMatchObject({
    signal: 'rage_click',
    selector: '#export',
    task: 'export_report',
    helpId: 'export-help',
  });
  expect(events.find((e) => e.name === 'help_shown')?.props).toMatchObject({
    helpId: 'export-help',
    episodeId,
    trigger: 'rage_click',
  });
  expect(events.find((e) => e.name === 'task_completed')?.props).toMatchObject({ task: 'export_report', episodeId });
  for (const e of events) expect(e).toMatchObject({ appId: 'acme', cohort: 'treatment', userId: 'e2e_deflect' });
  expect(new Set(events.map((e) => e.sessionId)).size).toBe(1);

  const report = reportOf(events);
  expect(report.deflection).toMatchObject({ episodes: 1, helpShown: 1, deflected: 1, escalated: 0 });
});

test('the same in control: the episode is logged, no help card is shown', async ({ page }) => {
  await page.goto('/reports?user=e2e_control&cohort=control');
  await waitReady(page);
  await rageClick(page, '#export');
  const confusion = await waitForEvent(page, (e) => e.name === 'confusion' && e.props.signal === 'rage_click');
  // The help entry is matched (and logged) for control too; showing it is what the holdout withholds.
  expect(confusion.props).toMatchObject({ helpId: 'export-help' });
  expect(confusion.cohort).toBe('control');
  await page.selectOption('#range', 'last-30-days');
  await page.click('#export');
  await flush(page);
  const events = await storedEvents(page);
  expect(events.some((e) => e.name === 'help_shown')).toBe(false);
  await expect(card(page)).toHaveCount(0);
  const report = reportOf(events);
  expect(report.deflection).toMatchObject({ episodes: 1, helpShown: 0, deflected: 0 });
});

test('a ticket opened after the help counts as escalated', async ({ page }) => {
  await page.goto('/reports?user=e2e_escalate&cohort=treatment');
  await waitReady(page);
  await rageClick(page, '#export');
  await expect(card(page)).toBeVisible();
  await page.click('#contact-support');
  await flush(page);
  const events = await storedEvents(page);
  const ticket = events.find((e) => e.name === 'ticket_opened');
  const episodeId = events.find((e) => e.name === 'confusion')!.props.episodeId;
  expect(ticket?.props).toMatchObject({ channel: 'contact_form', episodeId });
  expect(reportOf(events).deflection).toMatchObject({ helpShown: 1, deflected: 0, escalated: 1 });
});

test('the card is keyboard friendly: feedback, guide link, Escape to dismiss', async ({ page, context }) => {
  await page.goto('/reports?user=e2e_keys&cohort=treatment');
  await waitReady(page);
  await rageClick(page, '#export');
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('aria-labelledby', 'ys-title');
  // Tab from the page into the card (it was appended last) and answer "Yes" with the keyboard.
  await card(page).getByRole('button', { name: 'Yes' }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toContainText('Glad it helped');
  const popup = context.waitForEvent('page');
  await card(page)
    .getByRole('link', { name: /Read the guide/ })
    .click();
  await (await popup).close();
  await card(page).getByRole('button', { name: 'Dismiss help' }).focus();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await flush(page);
  const events = await storedEvents(page);
  expect(events.find((e) => e.name === 'help_feedback')?.props).toMatchObject({ helpId: 'export-help', helpful: true });
  expect(events.some((e) => e.name === 'help_engaged')).toBe(true);
  expect(events.some((e) => e.name === 'help_dismissed')).toBe(true);
});
