import { type IDBPDatabase, openDB } from 'idb';
import { type PageDb, readEventsAfter, type StoredEvent } from '../../../core/storage/page-store';

/** What the sync client needs from the widget's database in the page's origin. */
export interface PageSource {
  /** Highest seq stored, or null while there is no page database. */
  lastSeq(): Promise<number | null>;
  readAfter(seq: number, limit: number): Promise<StoredEvent[]>;
  readMeta(key: string): Promise<unknown>;
}

/**
 * Reads the widget's database without ever creating or upgrading it: it is opened only once
 * `indexedDB.databases()` lists it, at whatever version it has, and closed at once when the
 * widget wants to upgrade it (a content script must never block the page's own migration).
 */
export function pageSource(name: string, idb: IDBFactory = indexedDB): PageSource {
  let open: Promise<IDBPDatabase<PageDb> | null> | null = null;

  const connect = (): Promise<IDBPDatabase<PageDb> | null> => {
    open ??= (async () => {
      const known = await idb.databases();
      if (!known.some((d) => d.name === name)) return null;
      const db = await openDB<PageDb>(name, undefined, {
        blocking: () => {
          db.close();
          open = null;
        },
        terminated: () => {
          open = null;
        },
      });
      if (!db.objectStoreNames.contains('events') || !db.objectStoreNames.contains('meta')) {
        db.close();
        return null;
      }
      return db;
    })();
    const pending = open;
    // A database that is missing now may exist on the next try; a failed open is retried too.
    void pending.then(
      (db) => {
        if (db === null && open === pending) open = null;
      },
      () => {
        if (open === pending) open = null;
      },
    );
    return pending;
  };

  return {
    async lastSeq() {
      const db = await connect();
      if (db === null) return null;
      const cursor = await db.transaction('events').store.openKeyCursor(null, 'prev');
      return cursor === null ? 0 : cursor.key;
    },
    async readAfter(seq, limit) {
      const db = await connect();
      return db === null ? [] : readEventsAfter(db, seq, limit);
    },
    async readMeta(key) {
      const db = await connect();
      return db === null ? undefined : db.get('meta', key);
    },
  };
}
