import { expect, test } from '@playwright/test';

// Smoke test of the foundation: the demo server renders the HTML report of the sample data set in
// Chromium, its headline agrees with the JSON report of the same events, and the charts draw.
test('the live report renders the same realized value as the JSON report, with its charts', async ({ page, request }) => {
  const json = await (await request.get('/report.json')).json();
  expect(json.events.read).toBeGreaterThan(1000);
  expect(json.events.rejected).toBeGreaterThan(0);

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/report');
  const realized = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: json.currency,
    maximumFractionDigits: 0,
  }).format(json.value.realized);
  await expect(page.locator('.headline')).toContainText(realized);
  await expect(page.locator('#data-quality')).toContainText(String(json.events.rejected));
  // Chart.js draws into a canvas: a drawn canvas has non-transparent pixels.
  const drawn = await page
    .locator('canvas:not([hidden])')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      return data.some((v, i) => i % 4 === 3 && v > 0);
    });
  expect(drawn).toBe(true);
  expect(errors).toEqual([]);
});
