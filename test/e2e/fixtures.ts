import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXTENSION_DIR } from './browser';

export { expect } from '@playwright/test';

type ExtensionFixtures = {
  /** A fresh Chromium profile with the built extension loaded. */
  extensionContext: BrowserContext;
  /** The extension's service worker (its URL's host is the extension id). */
  extensionWorker: Worker;
  extensionId: string;
};

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without --disable-extensions-except the extension silently never loads.
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  extensionContext: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'yardstick-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  extensionWorker: async ({ extensionContext }, use) => {
    await use(await serviceWorkerOf(extensionContext));
  },
  extensionId: async ({ extensionWorker }, use) => {
    await use(new URL(extensionWorker.url()).host);
  },
});
