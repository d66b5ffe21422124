import type { IDBPObjectStore, StoreNames } from 'idb';
import type { YardstickEvent } from '../../../core/schema/event';
import type { CompletionDay, ExtDatabase, ExtDb, SyncedEvent } from './ext-db';

export const DAY_MS = 86_400_000;

/**
 * Completions per day record. A day's completions are split into parts of at most this many, so a
 * batch appends to one small record instead of rewriting a whole busy day: with one record per day,
 * a backfill of 17,000 completions in one day rewrote that record on every batch (quadratic; sync
 * fell from 2,921 to 1,922 events/s in the extension bench).
 */
export const COMPLETIONS_PER_PART = 256;

/**
 * The UTC day a completion is filed under, or null when its ts lies outside [0, MAX_SAFE_INTEGER]:
 * the range the popup ever read (and a key IndexedDB can hold), so nothing it showed is lost.
 */
export function completionDayOf(ts: number): number | null {
  return Number.isFinite(ts) && ts >= 0 && ts <= Number.MAX_SAFE_INTEGER ? Math.floor(ts / DAY_MS) : null;
}

/** One app's day records (every part) from `fromDay` to `toDay`, both included. */
export function completionDayRange(origin: string, app: string, fromDay = 0, toDay = Number.POSITIVE_INFINITY): IDBKeyRange {
  return IDBKeyRange.bound([origin, app, fromDay], [origin, app, toDay, Number.POSITIVE_INFINITY]);
}

/** Completions grouped by [origin, app, day], in the order given (those without a day are left out). */
function groupByDay(records: Iterable<SyncedEvent>): Map<string, Omit<CompletionDay, 'part'>> {
  const days = new Map<string, Omit<CompletionDay, 'part'>>();
  for (const { origin, app, event } of records) {
    const day = completionDayOf(event.ts);
    if (day === null) continue;
    const key = JSON.stringify([origin, app, day]);
    const entry = days.get(key);
    if (entry === undefined) days.set(key, { origin, app, day, events: [event] });
    else entry.events.push(event);
  }
  return days;
}

/**
 * Files newly stored completions under their day records, within the caller's transaction: the
 * day's last part takes what fits, new parts take the rest. Used by every commit and by the
 * upgrade that built the day records from the events already stored.
 */
export async function addCompletionDays<Stores extends ArrayLike<StoreNames<ExtDb>>>(
  store: IDBPObjectStore<ExtDb, Stores, 'completionDays', 'readwrite' | 'versionchange'>,
  added: Iterable<SyncedEvent>,
): Promise<void> {
  await Promise.all(
    [...groupByDay(added).values()].map(async ({ origin, app, day, events }) => {
      const last = await store.openCursor(completionDayRange(origin, app, day, day), 'prev');
      let part = last?.value.part ?? 0;
      let from = 0;
      if (last) {
        from = Math.min(events.length, COMPLETIONS_PER_PART - last.value.events.length);
        if (from > 0) await last.update({ ...last.value, events: [...last.value.events, ...events.slice(0, from)] });
        part++;
      }
      for (; from < events.length; from += COMPLETIONS_PER_PART, part++)
        await store.put({ origin, app, day, part, events: events.slice(from, from + COMPLETIONS_PER_PART) });
    }),
  );
}

/** Before b in (ts, id) order: what the events' by-name-ts index gives within one origin. */
const byTsThenId = (a: YardstickEvent, b: YardstickEvent) => a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each app's completions with ts >= since, in (ts, id) order (so sums add up in the order they
 * always did), read from the day records in one transaction. One list per entry of `apps`.
 */
export async function readCompletionsSince(
  db: ExtDatabase,
  apps: readonly { origin: string; app: string }[],
  since: number,
): Promise<YardstickEvent[][]> {
  const fromDay = completionDayOf(since) ?? 0;
  const store = db.transaction('completionDays').store;
  const days = await Promise.all(apps.map(({ origin, app }) => store.getAll(completionDayRange(origin, app, fromDay))));
  return days.map((records) =>
    records
      .flatMap((d) => d.events)
      .filter((e) => e.ts >= since)
      .sort(byTsThenId),
  );
}
