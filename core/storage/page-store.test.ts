import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { openPageStore, PAGE_DB_VERSION, readEventsAfter, type StoredEvent } from './page-store';

const event = (i: number): YardstickEvent => ({ id: `e${i}`, name: 'custom', ts: i, anonymousId: 'a', props: {} });

describe('page store', () => {
  it('is at version 1: the widget and the extension of any release open the same schema', () => {
    expect(PAGE_DB_VERSION).toBe(1);
  });

  it('creates the events store (seq in commit order, ids unique) and the meta store', async () => {
    const db = await openPageStore('page-store-test-1');
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'meta']);
    for (const i of [1, 2, 3]) await db.add('events', event(i) as StoredEvent);
    await expect(db.add('events', event(2) as StoredEvent)).rejects.toMatchObject({ name: 'ConstraintError' });
    const after = await readEventsAfter(db, 1, 10);
    expect(after.map((e) => [e.seq, e.id])).toEqual([
      [2, 'e2'],
      [3, 'e3'],
    ]);
    expect((await readEventsAfter(db, 0, 1)).map((e) => e.id)).toEqual(['e1']);
    db.close();
  });
});
