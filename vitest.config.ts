import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside the code they test; test/e2e holds the Playwright suites.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['core/**/*.test.ts', 'widget/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
