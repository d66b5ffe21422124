import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../core/storage/page-store';
import type { ContentMessage } from '../protocol/content-messages';
import { MAX_RECORD_BYTES } from '../protocol/limits';
import { readCursor } from '../store/cursors';
import { freshName, harness, ORIGIN, pageStoreWith, senderFor, widgetEvent } from '../testing/protocol-harness';
import { pageSource } from './page-source';
import { createSyncClient, EXTENSION_GONE, type Transport } from './sync-client';

const events = (from: number, count: number, make = widgetEvent) => Array.from({ length: count }, (_, k) => make(from + k));
const noSleep = async () => {};

/** A client wired to a background harness through a transport the test can break. */
function wire(h: ReturnType<typeof harness>, pageName: string, transport?: (send: Transport) => Transport) {
  const direct: Transport = (message) => h.handler(message, senderFor(ORIGIN));
  const sent: ContentMessage[] = [];
  const send: Transport = (message) => {
    sent.push(message);
    return (transport ? transport(direct) : direct)(message);
  };
  const client = createSyncClient({ db: pageName, appId: 'acme', source: pageSource(pageName), send, sleep: noSleep });
  return { client, sent };
}

async function storedIds(h: ReturnType<typeof harness>): Promise<string[]> {
  return (await (await h.db()).getAll('events')).map((r) => r.event.id);
}

describe('sync client against the background', () => {
  it('backfills everything already in the page store, in capped batches', async () => {
    const page = await pageStoreWith(events(1, 1234));
    const h = harness();
    const { client, sent } = wire(h, page.name);
    await client.sync();
    expect(client.cursor).toBe(1234);
    expect((await storedIds(h)).length).toBe(1234);
    const batches = sent.filter((m) => m.type === 'sync/batch');
    expect(batches.length).toBe(3);
    expect(batches.every((b) => b.type === 'sync/batch' && b.records.length <= 500)).toBe(true);
  });

  it('picks up new events on the next sync (live)', async () => {
    const page = await pageStoreWith(events(1, 3));
    const h = harness();
    const { client } = wire(h, page.name);
    await client.sync();
    const tx = page.db.transaction('events', 'readwrite');
    for (const e of events(4, 2)) void tx.store.add(e as unknown as StoredEvent);
    await tx.done;
    await client.sync();
    expect(client.cursor).toBe(5);
    expect((await storedIds(h)).sort()).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-5']);
  });

  it('resumes from the persisted cursor after the worker dies mid-sync: no loss, no duplicate', async () => {
    const page = await pageStoreWith(events(1, 1500));
    const h = harness();
    let batches = 0;
    const { client } = wire(h, page.name, (direct) => async (message) => {
      if (message.type !== 'sync/batch') return direct(message);
      batches++;
      if (batches === 2) {
        // Committed, then the worker is stopped before the ack reaches the page.
        await direct(message);
        h.restart();
        throw new Error('The message port closed before a response was received.');
      }
      if (batches === 3) {
        // Stopped before the batch was handled at all.
        h.restart();
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      return direct(message);
    });
    await client.sync();
    const ids = await storedIds(h);
    expect(ids.length).toBe(1500);
    expect(new Set(ids).size).toBe(1500);
    const db = await h.db();
    expect(await readCursor(db, ORIGIN, page.name)).toBe(1500);
    // The ack lost after the commit cost nothing but a hello: the cursor had moved with the events.
    expect((await db.get('stats', ORIGIN))!.duplicates).toBe(0);
  });

  it('waits when rate-limited, then continues', async () => {
    const page = await pageStoreWith(events(1, 10));
    const h = harness();
    const waits: number[] = [];
    let refusedOnce = false;
    const direct: Transport = (message) => h.handler(message, senderFor(ORIGIN));
    const client = createSyncClient({
      db: page.name,
      appId: 'acme',
      source: pageSource(page.name),
      sleep: async (ms) => void waits.push(ms),
      send: async (message) => {
        if (message.type === 'sync/batch' && !refusedOnce) {
          refusedOnce = true;
          return { ok: false, reason: 'rate-limited', retryAfterMs: 750 };
        }
        return direct(message);
      },
    });
    await client.sync();
    expect(waits).toEqual([750]);
    expect(client.cursor).toBe(10);
  });

  it('halves its batches when the background says they are too large', async () => {
    const page = await pageStoreWith(events(1, 8));
    const h = harness();
    const sizes: number[] = [];
    const direct: Transport = (message) => h.handler(message, senderFor(ORIGIN));
    const { client } = wire(h, page.name, () => async (message) => {
      if (message.type !== 'sync/batch') return direct(message);
      sizes.push(message.records.length);
      return message.records.length > 2 ? { ok: false, reason: 'batch-too-large', maxRecords: 2, maxBytes: 1 } : direct(message);
    });
    await client.sync();
    expect(sizes.slice(0, 3)).toEqual([8, 4, 2]);
    expect(client.cursor).toBe(8);
    expect((await storedIds(h)).length).toBe(8);
  });

  it('sends an oversized page record as a stub, so the cursor passes it and it is counted as rejected', async () => {
    const huge = (i: number) =>
      widgetEvent(i, i === 2 ? { props: { task: 'export_report', blob: 'x'.repeat(MAX_RECORD_BYTES + 10) } } : {});
    const page = await pageStoreWith(events(1, 3, huge));
    const h = harness();
    const { client, sent } = wire(h, page.name);
    await client.sync();
    expect(client.cursor).toBe(3);
    const batch = sent.find((m) => m.type === 'sync/batch');
    expect(batch?.type === 'sync/batch' && batch.records[1]).toMatchObject({ seq: 2, dropped: 'too-large' });
    expect((await (await h.db()).get('stats', ORIGIN))!.rejected).toBe(1);
  });

  it('stops for good when the origin is not granted, or the extension went away', async () => {
    const page = await pageStoreWith(events(1, 2));
    const denied = harness({ hasHostAccess: async () => false });
    const stops: string[] = [];
    const a = createSyncClient({
      db: page.name,
      appId: 'acme',
      source: pageSource(page.name),
      sleep: noSleep,
      send: (m) => denied.handler(m, senderFor(ORIGIN)),
      onStop: (r) => stops.push(r),
    });
    await a.sync();
    const gone = Object.assign(new Error('Extension context invalidated.'), { name: EXTENSION_GONE });
    const b = createSyncClient({
      db: page.name,
      appId: 'acme',
      source: pageSource(page.name),
      sleep: noSleep,
      send: async () => Promise.reject(gone),
      onStop: (r) => stops.push(r),
    });
    await b.sync();
    expect(stops).toEqual(['no-access', 'extension-gone']);
    expect(a.stopped && b.stopped).toBe(true);
  });

  it('offers the page value model once, and again only when it changes', async () => {
    const page = await pageStoreWith(events(1, 1));
    const model = { defaultHourlyRate: 50, tasks: { export_report: { manualMinutes: 20 } } };
    await page.db.put('meta', model, 'model:acme');
    const h = harness();
    const { client, sent } = wire(h, page.name);
    await client.sync();
    await client.sync();
    expect(sent.filter((m) => m.type === 'model/offer').length).toBe(1);
    await page.db.put('meta', { ...model, defaultHourlyRate: 70 }, 'model:acme');
    await client.sync();
    expect(sent.filter((m) => m.type === 'model/offer').length).toBe(2);
    expect((await (await h.db()).get('models', [ORIGIN, 'acme']))!.model.defaultHourlyRate).toBe(70);
  });

  it('never creates the page database when the widget has not yet', async () => {
    const name = freshName('absent');
    const h = harness();
    const { client, sent } = wire(h, name);
    await client.sync();
    expect(sent.map((m) => m.type)).toEqual(['sync/hello']);
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  it('folds syncs requested while one runs into one more run', async () => {
    const page = await pageStoreWith(events(1, 5));
    const h = harness();
    const { client, sent } = wire(h, page.name);
    await Promise.all([client.sync(), client.sync(), client.sync(), client.sync()]);
    expect(sent.filter((m) => m.type === 'sync/hello').length).toBe(1);
    expect(client.cursor).toBe(5);
  });
});
