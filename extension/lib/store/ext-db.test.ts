import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../../../core/schema/event';
import { freshName, ORIGIN, OTHER } from '../testing/protocol-harness';
import { DAY_MS } from './completion-days';
import { ExtStoreMigrationError, openExtDb, type SyncedEvent } from './ext-db';

/** A database as version 1 of the extension left it: its schema, frozen here on purpose. */
async function v1DatabaseWith(records: SyncedEvent[]): Promise<string> {
  const name = freshName('v1');
  const db = await openDB(name, 1, {
    upgrade(db) {
      const events = db.createObjectStore('events', { keyPath: ['origin', 'event.id'] });
      events.createIndex('by-partition-ts', ['origin', 'app', 'event.ts']);
      events.createIndex('by-name-ts', ['event.name', 'event.ts']);
      db.createObjectStore('cursors', { keyPath: ['origin', 'db'] });
      db.createObjectStore('apps', { keyPath: ['origin', 'app'] });
      db.createObjectStore('models', { keyPath: ['origin', 'app'] });
      db.createObjectStore('stats', { keyPath: 'origin' });
      db.createObjectStore('settings');
    },
  });
  const tx = db.transaction('events', 'readwrite');
  for (const record of records) void tx.store.put(record);
  await tx.done;
  db.close();
  return name;
}

const DAY0 = 20_000;
let seq = 0;
function stored(origin: string, app: string, id: string, ts: number, name = 'task_completed'): SyncedEvent {
  const event: YardstickEvent = { id, name, ts, appId: app, userId: 'u', props: { task: 'export_report' } };
  return { origin, app, seq: ++seq, receivedAt: 1, event };
}

describe('ext-db upgrade 1 -> 2', () => {
  it('files every completion of a version-1 database under its day, and leaves the events as they were', async () => {
    const records = [
      stored(ORIGIN, 'acme', 'epoch', 0),
      stored(ORIGIN, 'acme', 'b', DAY0 * DAY_MS + 500),
      stored(ORIGIN, 'acme', 'a', DAY0 * DAY_MS + 500),
      stored(ORIGIN, 'acme', 'day-end', (DAY0 + 1) * DAY_MS - 1),
      // On the first day past a 30-day read window (which must not split it), and after a long gap.
      stored(ORIGIN, 'acme', 'window+1', (DAY0 + 30) * DAY_MS),
      stored(ORIGIN, 'acme', 'window+1-later', (DAY0 + 30) * DAY_MS + 600),
      stored(ORIGIN, 'acme', 'year-later', (DAY0 + 400) * DAY_MS),
      stored(ORIGIN, 'acme', 'started', DAY0 * DAY_MS, 'task_started'),
      stored(ORIGIN, 'acme', 'who', DAY0 * DAY_MS, 'identify'),
      stored(ORIGIN, 'globex', 'g', DAY0 * DAY_MS + 7),
      stored(OTHER, 'acme', 'a', DAY0 * DAY_MS + 9),
      // Beyond anything the popup ever read: kept as an event, filed under no day.
      stored(ORIGIN, 'acme', 'absurd', Number.MAX_SAFE_INTEGER + 2),
      stored(ORIGIN, 'acme', 'last-safe', Number.MAX_SAFE_INTEGER),
    ];
    const name = await v1DatabaseWith(records);
    const v1 = await openDB(name);
    const before = await v1.getAll('events');
    v1.close();

    const db = await openExtDb(name);
    expect(db.version).toBe(2);
    expect(await db.getAll('events')).toEqual(before);
    expect(before).toHaveLength(records.length);
    const days = (await db.getAll('completionDays')).map((d) => [d.origin, d.app, d.day, d.part, d.events.map((e) => e.id)]);
    expect(days).toEqual([
      [OTHER, 'acme', DAY0, 0, ['a']],
      [ORIGIN, 'acme', 0, 0, ['epoch']],
      [ORIGIN, 'acme', DAY0, 0, ['a', 'b', 'day-end']],
      [ORIGIN, 'acme', DAY0 + 30, 0, ['window+1', 'window+1-later']],
      [ORIGIN, 'acme', DAY0 + 400, 0, ['year-later']],
      [ORIGIN, 'acme', Math.floor(Number.MAX_SAFE_INTEGER / DAY_MS), 0, ['last-safe']],
      [ORIGIN, 'globex', DAY0, 0, ['g']],
    ]);
    // The stored events themselves, not copies of some of their fields.
    const a = (await db.get('completionDays', [ORIGIN, 'acme', DAY0, 0]))!.events[0];
    expect(a).toEqual(records.find((r) => r.origin === ORIGIN && r.event.id === 'a')!.event);
  });

  it('opens an empty version-1 database', async () => {
    const db = await openExtDb(await v1DatabaseWith([]));
    expect(await db.count('completionDays')).toBe(0);
  });

  it('fails as an ExtStoreMigrationError and leaves version 1 as it was when the backfill cannot run', async () => {
    // A version-1 database without the extension's stores (opened by a page before the extension made it).
    const name = freshName('empty-v1');
    (await openDB(name, 1)).close();
    const failed = await openExtDb(name).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(ExtStoreMigrationError);
    expect((failed as Error).message).toBe(`migration 1 -> 2 of ${name} failed`);
    const still = await openDB(name);
    expect(still.version).toBe(1);
    expect([...still.objectStoreNames]).toEqual([]);
    still.close();
  });
});
