import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ORIGIN } from './browser';
import { ExtensionProbe, FixturePage, keepScreenshot } from './extension-kit';
import { expect, test } from './fixtures';

const WIDGET = resolve(import.meta.dirname, '../../dist/widget/yardstick.js');

// The same contract the emulator keeps, checked against the real widget build.
test('syncs what the real widget captures, with the model it loaded', async ({ extensionContext, extensionId }, testInfo) => {
  // npm test builds the widget first; a missing build is a failure, not a reason to skip.
  expect(existsSync(WIDGET), 'dist/widget/yardstick.js (npm run build:widget)').toBe(true);
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const page = await extensionContext.newPage();
  await page.goto(`${DEMO_ORIGIN}/ext-fixtures/real-widget.html`);
  const app = new FixturePage(page);
  await app.waitForExtension();
  await page.getByRole('button', { name: 'Export report' }).click();
  await page.getByRole('button', { name: 'Export report' }).click();
  await probe.waitFor(DEMO_ORIGIN, (p) => p.events >= 2 && p.apps.includes('acme'));
  // Two exports at the model's 20 manual minutes each (priced at its developer rate, $90/h).
  await expect.poll(() => app.overlayText(), { timeout: 15_000 }).toContain('40 min');
  expect(await app.overlayText()).toContain('$60.00');
  await keepScreenshot(page, testInfo, 'real-widget-overlay');
});
