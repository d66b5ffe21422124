import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { YardstickEvent } from '../schema/event';

/**
 * The widget's event store in the page origin's IndexedDB. The widget appends; the extension's
 * content script (same origin) reads it incrementally by `seq`. This is the one module of core that
 * touches IndexedDB.
 */
export const PAGE_DB_NAME = 'yardstick';

/** An event as stored: `seq` is assigned by IndexedDB in commit order, so it is a safe sync cursor. */
export type StoredEvent = YardstickEvent & { seq: number };

export interface PageDb extends DBSchema {
  events: { key: number; value: StoredEvent; indexes: { 'by-id': string } };
  meta: { key: string; value: unknown };
}

export class StoreMigrationError extends Error {
  override name = 'StoreMigrationError';
}

type Migration = (db: IDBPDatabase<PageDb>) => void;

// Index i upgrades from version i to i + 1. Append only: never edit a shipped migration.
const migrations: Migration[] = [
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
    events.createIndex('by-id', 'id', { unique: true });
    db.createObjectStore('meta');
  },
];

/** One version per migration, so every version below the current one has its upgrade. */
export const PAGE_DB_VERSION = migrations.length;

export function openPageStore(name = PAGE_DB_NAME): Promise<IDBPDatabase<PageDb>> {
  return openDB<PageDb>(name, PAGE_DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < PAGE_DB_VERSION; v++) {
        try {
          migrations[v]!(db);
        } catch (cause) {
          throw new StoreMigrationError(`migration ${v} -> ${v + 1} of ${name} failed`, { cause });
        }
      }
    },
  });
}

/** Up to `limit` stored events with `seq` greater than `afterSeq`, in seq order. */
export async function readEventsAfter(db: IDBPDatabase<PageDb>, afterSeq: number, limit: number): Promise<StoredEvent[]> {
  return db.getAll('events', IDBKeyRange.lowerBound(afterSeq, true), limit);
}
