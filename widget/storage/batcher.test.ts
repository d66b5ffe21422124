import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../../core/schema/event';
import { openPageStore } from '../../core/storage/page-store';
import type { YardstickError } from '../api/types';
import { memoryLocalStore } from '../runtime/local';
import { createBatcher } from './batcher';
import { createMemoryStore, type EventStore } from './event-store';
import { createIdbStore } from './idb-store';
import { createPendingBackup } from './pending-backup';

let dbCount = 0;
const freshDb = () => {
  const name = `yardstick-test-${++dbCount}`;
  return { name, open: () => openPageStore(name) };
};
const event = (i: number, appId = 'acme'): YardstickEvent => ({
  id: `e${i}`,
  name: 'custom',
  ts: 1_000 + i,
  appId,
  anonymousId: 'a1',
  props: { i },
});

/** A scheduler the test drives: callbacks run when `tick()` says so. */
const manual = () => {
  const queued: Array<() => void> = [];
  return {
    schedule: (cb: () => void) => void queued.push(cb),
    tick: () => {
      for (const cb of queued.splice(0)) cb();
    },
    get size() {
      return queued.length;
    },
  };
};

const batcherOn = (primary: EventStore, extra: Partial<Parameters<typeof createBatcher>[0]> = {}) => {
  const clock = manual();
  const errors: YardstickError[] = [];
  const committed: Array<number | undefined> = [];
  const b = createBatcher({
    primary,
    fallback: createMemoryStore(5),
    schedule: clock.schedule,
    sleep: async () => {},
    onCommitted: (seq) => committed.push(seq),
    onError: (e) => errors.push(e),
    ...extra,
  });
  return { b, clock, errors, committed };
};

describe('batching into the page store', () => {
  it('buffers until idle time, then writes one batch', async () => {
    const db = freshDb();
    const store = createIdbStore(db.open);
    const { b, clock, committed } = batcherOn(store);
    for (let i = 0; i < 5; i++) b.add(event(i));
    expect(clock.size).toBe(1); // one idle callback for the whole burst
    expect(await store.readAll('acme')).toHaveLength(0);
    clock.tick();
    await b.flush();
    expect((await store.readAll('acme')).map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(committed).toEqual([5]);
  });

  it('a flush during a write resolves once what was added meanwhile is stored too', async () => {
    const store = createIdbStore(freshDb().open);
    const { b, committed } = batcherOn(store, { maxBatch: 2 });
    for (let i = 0; i < 3; i++) b.add(event(i));
    const first = b.flush();
    expect(b.pending()).toHaveLength(3); // nothing is committed yet
    b.add(event(3));
    await b.flush();
    expect((await store.readAll('acme')).map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
    expect(b.pending()).toEqual([]);
    await first;
    expect(committed).toEqual([2, 4]);
  });

  it('is idempotent by id: a replayed event is stored once', async () => {
    const db = freshDb();
    const store = createIdbStore(db.open);
    const { b } = batcherOn(store);
    b.add(event(1));
    b.add(event(1));
    await b.flush();
    b.add(event(1));
    b.add(event(2));
    await b.flush();
    expect((await store.readAll('acme')).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('two tabs writing the same ids at once never duplicate', async () => {
    const db = freshDb();
    const a = batcherOn(createIdbStore(db.open)).b;
    const b = batcherOn(createIdbStore(db.open)).b;
    for (let i = 0; i < 50; i++) {
      a.add(event(i));
      b.add(event(49 - i));
    }
    await Promise.all([a.flush(), b.flush()]);
    const ids = (await createIdbStore(db.open).readAll('acme')).map((e) => e.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
  });

  it('keeps apps apart when reading', async () => {
    const db = freshDb();
    const store = createIdbStore(db.open);
    const { b } = batcherOn(store);
    b.add(event(1, 'acme'));
    b.add(event(2, 'other'));
    await b.flush();
    expect((await store.readAll('other')).map((e) => e.id)).toEqual(['e2']);
  });

  it('falls back to memory on a full quota, counts drops, and reports them', async () => {
    const full: EventStore = {
      kind: 'indexeddb',
      write: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      readAll: async () => [],
      putMeta: async () => {},
    };
    const { b, errors } = batcherOn(full);
    for (let i = 0; i < 8; i++) b.add(event(i));
    await expect(b.flush()).resolves.toBeUndefined();
    expect(b.store().kind).toBe('memory');
    expect((await b.store().readAll('acme')).length).toBe(5); // the memory store holds 5 here
    expect(errors[0]).toMatchObject({ kind: 'storage', dropped: 0 });
    expect(errors.at(-1)).toMatchObject({ kind: 'storage', dropped: 3 });
  });

  it('retries a transient failure before giving up on IndexedDB', async () => {
    let calls = 0;
    const db = freshDb();
    const real = createIdbStore(db.open);
    const flaky: EventStore = {
      ...real,
      write: (e) => (++calls === 1 ? Promise.reject(new DOMException('x', 'AbortError')) : real.write(e)),
    };
    const { b, errors } = batcherOn(flaky);
    b.add(event(1));
    await b.flush();
    expect(b.store().kind).toBe('indexeddb');
    expect(errors).toEqual([]);
    expect((await real.readAll('acme')).map((e) => e.id)).toEqual(['e1']);
  });

  it('IndexedDB unavailable: events stay countable in memory, nothing throws', async () => {
    const broken = createIdbStore(() => Promise.reject(new DOMException('no idb', 'InvalidStateError')));
    const { b, errors } = batcherOn(broken);
    b.add(event(1));
    await b.flush();
    expect(b.store().kind).toBe('memory');
    expect(await b.store().readAll('acme')).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/InvalidStateError/);
  });

  it('a blocked open times out: events go to memory instead of waiting forever', async () => {
    const blocked = createIdbStore(() => new Promise(() => {}), 20);
    const { b, errors } = batcherOn(blocked);
    b.add(event(1));
    await b.flush();
    expect(b.store().kind).toBe('memory');
    expect(errors[0]?.message).toMatch(/TimeoutError: opening IndexedDB timed out/);
  });

  it('reports the highest seq written, and none when every id was already stored', async () => {
    const store = createIdbStore(freshDb().open);
    const first = await store.write([event(1), event(2), event(3)]);
    expect(await store.write([event(2), event(4)])).toBe((first ?? 0) + 1);
    expect(await store.write([event(1), event(4)])).toBeUndefined();
  });
});

describe('reload mid-batch', () => {
  it('backs up pending events on hide; the next page replays them once', async () => {
    const db = freshDb();
    const local = memoryLocalStore();
    const store = createIdbStore(db.open);
    // Page 1: events accepted, the page goes away before the idle flush ran.
    const backup1 = createPendingBackup(local, 'acme', 'tab1');
    const page1 = batcherOn(store, { backup: backup1 });
    for (let i = 0; i < 10; i++) page1.b.add(event(i));
    backup1.save(page1.b.pending()); // what hide() writes synchronously
    expect(local.keys('yardstick:acme:pending:')).toHaveLength(1);
    // Suppose the write on hide did commit half of them before the page died.
    await store.write([0, 1, 2, 3, 4].map((i) => event(i)));
    // Page 2 recovers the backup; ids already stored are skipped.
    const backup2 = createPendingBackup(local, 'acme', 'tab2');
    const recovered = backup2.recover();
    expect(recovered.events).toHaveLength(10);
    const page2 = batcherOn(store, { backup: backup2 });
    for (const e of recovered.events) page2.b.add(e);
    await page2.b.flush();
    backup2.forget(recovered.keys);
    const ids = (await store.readAll('acme')).map((e) => e.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(local.keys('yardstick:acme:pending:')).toHaveLength(0);
  });

  it('drops tampered backups instead of storing invalid events', () => {
    const local = memoryLocalStore();
    local.set(
      'yardstick:acme:pending:x',
      JSON.stringify([{ id: 'ok', name: 'a', ts: 1, anonymousId: 'a' }, { name: 'no id' }, 'junk']),
    );
    local.set('yardstick:acme:pending:y', '{not json');
    const { events, keys } = createPendingBackup(local, 'acme', 'me').recover();
    expect(events.map((e) => e.id)).toEqual(['ok']);
    expect(keys).toHaveLength(2);
  });
});
