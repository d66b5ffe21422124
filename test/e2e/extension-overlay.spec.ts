import { fixtureModel } from '../../extension/lib/testing/scripted-session';
import { DEMO_ORIGIN } from './browser';
import { FixturePage, keepScreenshot } from './extension-kit';
import { expect, test } from './fixtures';

async function openApp(context: Parameters<typeof FixturePage.open>[0]): Promise<FixturePage> {
  const app = await FixturePage.open(context, DEMO_ORIGIN);
  await app.init(fixtureModel());
  await app.waitForExtension();
  // The figures are in (the panel has its final size) once the period labels show.
  await expect.poll(() => app.overlayText()).toContain('Month');
  return app;
}

test('the overlay takes no clicks or focus from the page', async ({ extensionContext }) => {
  const app = await openApp(extensionContext);
  const { page } = app;
  const box = (await app.overlayBox())!;
  const hit = await page.evaluate(
    ({ x, y }) => ({
      host: (() => {
        const r = document.querySelector('yardstick-overlay')!.getBoundingClientRect();
        return [r.width, r.height];
      })(),
      beside: document.elementFromPoint(x - 10, y + 10)?.tagName,
      inside: document.elementFromPoint(x + 10, y + 10)?.tagName,
      button: (() => {
        const r = document.getElementById('export')!.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id;
      })(),
    }),
    box,
  );
  // The host is a zero-size box; only the panel itself takes the pointer.
  expect(hit).toEqual({ host: [0, 0], beside: 'HTML', inside: 'YARDSTICK-OVERLAY', button: 'export' });
  await page.getByRole('searchbox').click();
  await page.keyboard.type('northwind');
  // Figures refresh while the user types: focus and input stay the page's.
  await app.emit([
    { id: 'typing-1', name: 'task_completed', ts: Date.now(), appId: 'acme', userId: 'u_1', props: { task: 'export_report' } },
  ]);
  await expect.poll(() => app.overlayText()).toContain('20 min');
  await page.keyboard.type(' inc');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('northwind inc');
  await page.getByRole('button', { name: 'Export report' }).click();
});

test('collapses, drags, remembers its place, and toggles with Alt+Shift+Y', async ({ extensionContext }, testInfo) => {
  let app = await openApp(extensionContext);
  const start = (await app.overlayBox())!;

  // It starts bottom-left (the widget's badge and help card live bottom-right).
  expect(start.x).toBeLessThan(40);
  // Drag by the header, 300 px right and 200 px up.
  await app.page.mouse.move(start.x + 60, start.y + 18);
  await app.page.mouse.down();
  await app.page.mouse.move(start.x + 160, start.y - 80, { steps: 5 });
  await app.page.mouse.move(start.x + 360, start.y - 182, { steps: 5 });
  await app.page.mouse.up();
  await expect.poll(async () => (await app.overlayBox())?.x).toBeCloseTo(start.x + 300, -1);
  const moved = (await app.overlayBox())!;
  expect(moved.y + moved.height).toBeCloseTo(start.y + start.height - 200, -1);

  // Collapse to the pill; it stays collapsed and in place across a reload.
  await app.page.mouse.click(moved.x + moved.width - 48, moved.y + 18);
  await expect.poll(() => app.overlayText()).toContain('this month');
  await app.page.close();
  app = await FixturePage.open(extensionContext, DEMO_ORIGIN);
  await app.init(fixtureModel());
  await expect.poll(() => app.overlayText()).toContain('this month');
  const pill = (await app.overlayBox())!;
  // Anchored by its bottom-right corner: the pill sits where the panel's corner was.
  expect(pill.x + pill.width).toBeCloseTo(moved.x + moved.width, -1);
  expect(pill.y + pill.height).toBeCloseTo(moved.y + moved.height, -1);
  await keepScreenshot(app.page, testInfo, 'overlay-collapsed');

  // Expand again with a click on the pill.
  await app.page.mouse.click(pill.x + 20, pill.y + pill.height / 2);
  await expect.poll(() => app.overlayText()).toContain('Your time saved');

  // The shortcut hides it, and it stays hidden after a reload, until the shortcut again.
  await app.page.keyboard.press('Alt+Shift+KeyY');
  await expect.poll(() => app.overlayText()).toBe('');
  await app.page.reload();
  await app.page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
  await app.init(fixtureModel());
  await app.waitForExtension();
  await app.page.keyboard.press('Alt+Shift+KeyY');
  await expect.poll(() => app.overlayText()).toContain('Your time saved');
});

test('renders fully styled on a page with a strict Content-Security-Policy', async ({ extensionContext }) => {
  const strict = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";
  const violations: string[] = [];
  const page = await extensionContext.newPage();
  // The same fixture page, served with the strictest policy a product team might run.
  await page.route('**/ext-fixtures/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strict } });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${DEMO_ORIGIN}/ext-fixtures/index.html`);
  const app = new FixturePage(page);
  await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
  await app.init(fixtureModel());
  await expect.poll(() => app.overlayText()).toContain('Month');
  // Its stylesheet applied (a constructable sheet passes `style-src 'self'`): fixed, 316 px wide.
  const box = (await app.overlayBox())!;
  expect(Math.round(box.width)).toBe(316);
  expect(violations).toEqual([]);
  // And the policy is really in force: an inline <style> is refused.
  await page.evaluate(() =>
    document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' })),
  );
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
