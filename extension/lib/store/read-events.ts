import type { YardstickEvent } from '../../../core/schema/event';
import { type ExtDatabase, partitionRange, type SyncedEvent } from './ext-db';

/** One app's events on one origin with ts in [from, to], oldest first. */
export async function readPartition(db: ExtDatabase, origin: string, app: string, from = 0, to?: number): Promise<SyncedEvent[]> {
  return db.getAllFromIndex('events', 'by-partition-ts', partitionRange(origin, app, from, to));
}

/** Events of one name across every partition with ts in [from, to]: the popup's completions. */
export async function readByName(db: ExtDatabase, name: string, from = 0, to = Number.MAX_SAFE_INTEGER): Promise<SyncedEvent[]> {
  return db.getAllFromIndex('events', 'by-name-ts', IDBKeyRange.bound([name, from], [name, to]));
}

export const eventsOf = (records: readonly SyncedEvent[]): YardstickEvent[] => records.map((r) => r.event);

/** Walks every stored event of the given partitions (or all), in key order, without loading them all. */
export async function forEachEvent(
  db: ExtDatabase,
  visit: (record: SyncedEvent) => void,
  partition?: { origin: string; app: string },
): Promise<void> {
  const tx = db.transaction('events');
  let cursor =
    partition === undefined
      ? await tx.store.openCursor()
      : await tx.store.index('by-partition-ts').openCursor(partitionRange(partition.origin, partition.app));
  while (cursor) {
    visit(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
}
