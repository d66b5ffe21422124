import { expect, flush, reportOf, storedEvents, test, waitReady } from './widget-helpers';

test('signup -> first invoice: identify, signup, task and activation, priced at the user role; the badge follows the SPA', async ({
  page,
}) => {
  await page.goto('/signup?cohort=treatment');
  await waitReady(page);
  await page.fill('input[name=name]', 'Private Person');
  await page.fill('input[name=email]', 'private.person@example.com');
  await page.selectOption('select[name=role]', 'finance_manager');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Good morning, Dana' })).toBeVisible();
  // The sidebar (and the badge's host element) did not exist on the signup page.
  await expect(page.locator('#yardstick-badge yardstick-ui .badge')).toContainText('0 min');

  await page.getByRole('link', { name: 'Create', exact: true }).click();
  await page.selectOption('select[name=customer]', 'initech');
  await page.fill('input[name=amount]', '950');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.locator('#yardstick-badge yardstick-ui .badge')).toContainText('15 min');

  await flush(page);
  const events = await storedEvents(page);
  const identify = events.find((e) => e.name === 'identify');
  expect(identify?.props).toEqual({ traits: { role: 'finance_manager', plan: 'trial' } });
  const userId = identify!.userId;
  expect(userId).toMatch(/^u_/);
  const after = events.filter((e) => e.seq > (identify as { seq: number }).seq);
  for (const e of after) expect(e.userId).toBe(userId);
  expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['signup', 'task_started', 'task_completed', 'activation']));
  expect(events.find((e) => e.name === 'task_completed')?.props).toMatchObject({ task: 'create_invoice' });
  expect(JSON.stringify(events)).not.toMatch(/Private Person|private\.person/);

  const report = reportOf(events);
  expect(report.ttv.treatment).toMatchObject({ users: 1, activated: 1 });
  // 15 manual minutes minus the time the form took, at the finance manager's $75/h.
  expect(report.timeSaved.byTask.create_invoice?.completions).toBe(1);
});
