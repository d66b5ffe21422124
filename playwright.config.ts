import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PORT } from './test/e2e/browser';

// Real Debian Chromium (never a downloaded browser). Two workers fit a 2-core machine; timeouts are
// generous because CI machines are loaded, and no test asserts on wall-clock speed.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Screenshot renderers assert nothing: they run on demand (`npm run screenshots`), not in `npm test`.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/*-screenshots.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${DEMO_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx tsx test/demo/serve.ts --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
