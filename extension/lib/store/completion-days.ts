import type { IDBPObjectStore, StoreNames } from 'idb';
import type { YardstickEvent } from '../../../core/schema/event';
import { type CompletionDay, completionDayRange, type ExtDatabase, type ExtDb, type SyncedEvent } from './ext-db';

export const DAY_MS = 86_400_000;

/**
 * The UTC day a completion is filed under, or null when its ts lies outside [0, MAX_SAFE_INTEGER]:
 * the range the popup ever read (and a key IndexedDB can hold), so nothing it showed is lost.
 */
export function completionDayOf(ts: number): number | null {
  return Number.isFinite(ts) && ts >= 0 && ts <= Number.MAX_SAFE_INTEGER ? Math.floor(ts / DAY_MS) : null;
}

/** Before b in (ts, id) order: what the by-name-ts index gave within one origin. */
const before = (a: YardstickEvent, b: YardstickEvent) => a.ts < b.ts || (a.ts === b.ts && a.id < b.id);

/** Inserts in (ts, id) order; events mostly arrive in order, so the search starts at the end. */
function insertInOrder(events: YardstickEvent[], event: YardstickEvent): void {
  let i = events.length;
  while (i > 0 && before(event, events[i - 1]!)) i--;
  events.splice(i, 0, event);
}

/** Stored completions grouped by the day record they belong in (those without a day are left out). */
export function groupByDay(records: Iterable<SyncedEvent>): Map<string, CompletionDay> {
  const days = new Map<string, CompletionDay>();
  for (const { origin, app, event } of records) {
    const day = completionDayOf(event.ts);
    if (day === null) continue;
    const key = JSON.stringify([origin, app, day]);
    const entry = days.get(key);
    if (entry === undefined) days.set(key, { origin, app, day, events: [event] });
    else insertInOrder(entry.events, event);
  }
  return days;
}

/** Adds newly stored completions to their day records, within the caller's transaction. */
export async function addCompletionDays<Stores extends ArrayLike<StoreNames<ExtDb>>>(
  store: IDBPObjectStore<ExtDb, Stores, 'completionDays', 'readwrite'>,
  added: Iterable<SyncedEvent>,
): Promise<void> {
  await Promise.all(
    [...groupByDay(added).values()].map(async (fresh) => {
      const stored = await store.get([fresh.origin, fresh.app, fresh.day]);
      if (stored === undefined) return store.put(fresh);
      for (const event of fresh.events) insertInOrder(stored.events, event);
      return store.put(stored);
    }),
  );
}

/**
 * Each app's completions with ts >= since, in (ts, id) order, read from the day records in one
 * transaction. One list per entry of `apps`, in the same order.
 */
export async function readCompletionsSince(
  db: ExtDatabase,
  apps: readonly { origin: string; app: string }[],
  since: number,
): Promise<YardstickEvent[][]> {
  const fromDay = completionDayOf(since) ?? 0;
  const store = db.transaction('completionDays').store;
  const days = await Promise.all(apps.map(({ origin, app }) => store.getAll(completionDayRange(origin, app, fromDay))));
  return days.map((records) => records.flatMap((d) => d.events).filter((e) => e.ts >= since));
}
