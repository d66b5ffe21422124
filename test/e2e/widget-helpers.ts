import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { buildReport } from '../../core/report/build-report';
import type { Report } from '../../core/report/report-types';
import { parseEvent, type YardstickEvent } from '../../core/schema/event';
import { parseValueModel, type ValueModel } from '../../core/schema/value-model';

// Shared steps for the widget's end-to-end specs (widget-*.spec.ts). They wait on conditions,
// never on fixed sleeps.

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The demo's pages POST what they capture to the demo server's /collect (the report's live data).
 * Tests answer those POSTs themselves, so they never write into .cache/demo/captured.ndjson
 * while another spec reads the report. A test may route /collect again to look at the bodies.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.route('**/collect', (route) => route.fulfill({ status: 204 }));
    await use(context);
  },
});
export { expect };
export const RAW_MODEL: unknown = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/acme-model.json'), 'utf8'));

export function acmeModel(): ValueModel {
  const r = parseValueModel(RAW_MODEL);
  if (!r.ok) throw new Error(`acme model: ${r.errors.join('; ')}`);
  return r.model;
}

/** Waits until the widget has loaded its model and marked the page (the extension's contract). */
export async function waitReady(page: Page, appId = 'acme'): Promise<void> {
  await page.waitForFunction((id) => document.documentElement.dataset.yardstickWidget === id, appId);
}

/** Every event the widget committed to the page store (IndexedDB "yardstick"), in seq order. */
export async function storedEvents(page: Page): Promise<Array<YardstickEvent & { seq: number }>> {
  return page.evaluate(
    () =>
      new Promise<Array<YardstickEvent & { seq: number }>>((resolveAll, reject) => {
        const open = indexedDB.open('yardstick');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return resolveAll([]);
          const get = db.transaction('events').objectStore('events').getAll();
          get.onsuccess = () => {
            db.close();
            resolveAll(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

export async function readMeta(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise((done) => {
        const open = indexedDB.open('yardstick');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get(k);
          get.onsuccess = () => done(get.result);
        };
      }),
    key,
  );
}

/** Resolves once everything the widget accepted so far is committed. */
export async function flush(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { yardstick: { flush(): Promise<void> } }).yardstick.flush());
}

/** Three quick real clicks a few pixels apart, like a frustrated user (Playwright refuses aria-disabled). */
export async function rageClick(page: Page, selector: string, clicks = 3): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  for (let i = 0; i < clicks; i++) await page.mouse.click(box.x + box.width / 2 + i * 2, box.y + box.height / 2 + i);
}

/** Waits for a stored event matching `match` and returns it. */
export async function waitForEvent(page: Page, match: (e: YardstickEvent) => boolean, timeout = 15_000): Promise<YardstickEvent> {
  let found: YardstickEvent | undefined;
  await expect
    .poll(
      async () => {
        await flush(page);
        found = (await storedEvents(page)).find(match);
        return found !== undefined;
      },
      { timeout },
    )
    .toBe(true);
  return found!;
}

/** Core's report over the events read back from the page store. */
export function reportOf(events: readonly unknown[]): Report {
  return buildReport(acmeModel(), events);
}

/** Every stored event passes core's parseEvent (the fourth point of the extension contract). */
export function expectAllValid(events: readonly unknown[]): void {
  for (const e of events) {
    const r = parseEvent(e);
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
  }
}

export const names = (events: readonly YardstickEvent[]) => events.map((e) => e.name);
