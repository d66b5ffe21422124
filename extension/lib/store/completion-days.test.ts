import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../../../core/schema/event';
import { freshName, ORIGIN, OTHER } from '../testing/protocol-harness';
import { setPaused } from './apps';
import { commitBatch } from './commit-batch';
import { COMPLETIONS_PER_PART, completionDayOf, DAY_MS, readCompletionsSince } from './completion-days';
import { deleteAll, deleteApp } from './data-controls';
import { type ExtDatabase, openExtDb } from './ext-db';

const DAY0 = 20_000; // 2024-10-04 (UTC)
const at = (day: number, ms: number) => day * DAY_MS + ms;

function event(id: string, ts: number, name = 'task_completed', app = 'acme'): YardstickEvent {
  return { id, name, ts, appId: app, userId: 'u', props: name === 'task_completed' ? { task: 'export_report' } : {} };
}

/** Commits events as one batch from the page database `page`, its seqs following on from `fromSeq`. */
function commit(db: ExtDatabase, origin: string, events: YardstickEvent[], page = 'yardstick', fromSeq = 0) {
  const records = events.map((e, i) => ({ seq: fromSeq + i + 1, app: e.appId!, event: e }));
  return commitBatch(db, { origin, db: page, fromSeq, lastSeq: fromSeq + records.length, now: 1, records, rejections: [] });
}

const dayIds = async (db: ExtDatabase) =>
  (await db.getAll('completionDays')).map((d) => ({ key: [d.origin, d.app, d.day, d.part], ids: d.events.map((e) => e.id) }));

describe('completion days', () => {
  it('files each newly stored completion under its UTC day, in the order stored, and nothing else', async () => {
    const db = await openExtDb(freshName('days'));
    await commit(db, ORIGIN, [
      event('b', at(DAY0, 5_000)),
      event('a', at(DAY0, 5_000)),
      event('early', at(DAY0, 0)),
      event('started', at(DAY0, 1), 'task_started'),
      event('last-ms', at(DAY0, DAY_MS - 1)),
      event('next-day', at(DAY0 + 1, 0)),
      event('globex', at(DAY0, 7), 'task_completed', 'globex'),
    ]);
    await commit(db, ORIGIN, [event('late-arrival', at(DAY0, 1))], 'yardstick', 7);
    expect(await dayIds(db)).toEqual([
      { key: [ORIGIN, 'acme', DAY0, 0], ids: ['b', 'a', 'early', 'last-ms', 'late-arrival'] },
      { key: [ORIGIN, 'acme', DAY0 + 1, 0], ids: ['next-day'] },
      { key: [ORIGIN, 'globex', DAY0, 0], ids: ['globex'] },
    ]);
  });

  it('never adds a duplicate: not within a batch, not from a second page database, not on re-delivery', async () => {
    const db = await openExtDb(freshName('days'));
    const first = [event('x', at(DAY0, 10)), event('y', at(DAY0, 20))];
    await commit(db, ORIGIN, [...first, event('x', at(DAY0, 10))]);
    expect(await commit(db, ORIGIN, first, 'second-page-db')).toMatchObject({ ok: true, accepted: 0, duplicates: 2 });
    // The same ids on another origin are other events.
    await commit(db, OTHER, first);
    expect(await dayIds(db)).toEqual([
      { key: [OTHER, 'acme', DAY0, 0], ids: ['x', 'y'] },
      { key: [ORIGIN, 'acme', DAY0, 0], ids: ['x', 'y'] },
    ]);
  });

  it('writes nothing when the batch is not committed, and skips paused apps', async () => {
    const db = await openExtDb(freshName('days'));
    const records = [{ seq: 1, app: 'acme', event: event('x', at(DAY0, 10)) }];
    const aborted = await commitBatch(db, {
      origin: ORIGIN,
      db: 'yardstick',
      fromSeq: 0,
      lastSeq: 1,
      now: 1,
      records,
      rejections: [],
      beforeCommit: (tx) => tx.abort(),
    });
    expect(aborted.ok).toBe(false);
    expect(await db.count('completionDays')).toBe(0);
    await commit(db, ORIGIN, [event('y', at(DAY0, 10), 'task_started')]);
    await setPaused(db, ORIGIN, 'acme', true);
    await commit(db, ORIGIN, [event('z', at(DAY0, 10))], 'yardstick', 1);
    expect(await db.count('completionDays')).toBe(0);
  });

  it('splits a busy day into parts: the last part fills up, then new ones start; nothing is lost or repeated', async () => {
    const db = await openExtDb(freshName('days'));
    const total = 2 * COMPLETIONS_PER_PART + 88;
    const events = Array.from({ length: total }, (_, i) => event(`e${String(i).padStart(4, '0')}`, at(DAY0, i)));
    // Three batches of 100 (the first part fills during the third), then one larger than a part.
    let from = 0;
    for (const size of [100, 100, 100, total - 300]) {
      await commit(db, ORIGIN, events.slice(from, from + size), 'yardstick', from);
      from += size;
    }
    const parts = await dayIds(db);
    expect(parts.map((p) => [p.key[3], p.ids.length])).toEqual([
      [0, COMPLETIONS_PER_PART],
      [1, COMPLETIONS_PER_PART],
      [2, 88],
    ]);
    expect(parts.flatMap((p) => p.ids)).toEqual(events.map((e) => e.id));
    await deleteApp(db, ORIGIN, 'acme');
    expect(await db.count('completionDays')).toBe(0);
  });

  it("deletes one app's days with its events, and every day with delete-all", async () => {
    const db = await openExtDb(freshName('days'));
    await commit(db, ORIGIN, [
      event('a', at(DAY0, 1)),
      event('b', at(DAY0 + 3, 1)),
      event('g', at(DAY0, 1), 'task_completed', 'globex'),
    ]);
    await commit(db, OTHER, [event('a', at(DAY0, 1))]);
    await deleteApp(db, ORIGIN, 'acme');
    expect(await dayIds(db)).toEqual([
      { key: [OTHER, 'acme', DAY0, 0], ids: ['a'] },
      { key: [ORIGIN, 'globex', DAY0, 0], ids: ['g'] },
    ]);
    await deleteAll(db);
    expect(await db.count('completionDays')).toBe(0);
  });

  it('reads each app its completions from `since` on, in (ts, id) order, one list per app asked for', async () => {
    const db = await openExtDb(freshName('days'));
    await commit(db, ORIGIN, [
      event('old', at(DAY0 - 1, 0)),
      event('later', at(DAY0 + 40, 0)),
      event('same-day-before', at(DAY0, 999)),
      event('since-b', at(DAY0, 1000)),
      event('since-a', at(DAY0, 1000)),
    ]);
    const lists = await readCompletionsSince(
      db,
      [
        { origin: OTHER, app: 'acme' },
        { origin: ORIGIN, app: 'acme' },
      ],
      at(DAY0, 1000),
    );
    expect(lists.map((l) => l.map((e) => e.id))).toEqual([[], ['since-a', 'since-b', 'later']]);
  });

  it('has no day for a ts outside [0, MAX_SAFE_INTEGER]', () => {
    expect(completionDayOf(0)).toBe(0);
    expect(completionDayOf(DAY_MS - 1)).toBe(0);
    expect(completionDayOf(DAY_MS)).toBe(1);
    for (const ts of [-1, Number.MAX_SAFE_INTEGER + 2, Number.POSITIVE_INFINITY, Number.NaN])
      expect(completionDayOf(ts)).toBeNull();
  });
});
