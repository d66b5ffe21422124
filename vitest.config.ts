import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside the code they test; test/ holds only end-to-end tests and benchmarks.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['core/**/*.test.ts', 'widget/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
