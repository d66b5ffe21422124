import type { YardstickEvent } from '../../core/schema/event';
import { openPageDb, type StoredEvent } from '../../core/storage/page-store';
import type { EventStore } from './event-store';

/** A request's result, as a promise. */
const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Resolves when the transaction commits; rejects with the reason it aborted. */
const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });

/**
 * Core's page store, written by the widget. Each batch is one readwrite transaction that skips ids
 * already stored: IndexedDB serializes readwrite transactions on a store across tabs, so two tabs
 * (or a reload replaying its backup) can never store an event twice, and a transaction cut short
 * by a crash stores nothing. The connection closes when another tab upgrades the schema.
 */
export function createIdbStore(open: () => Promise<IDBDatabase> = openPageDb, openTimeoutMs = 5000): EventStore {
  let connection: Promise<IDBDatabase> | undefined;
  const db = () =>
    (connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      // A blocked open (an old tab holding a previous version) must not stall the widget forever.
      const timer = setTimeout(() => reject(new DOMException('opening IndexedDB timed out', 'TimeoutError')), openTimeoutMs);
      open().then(
        (d) => {
          clearTimeout(timer);
          d.onversionchange = () => {
            d.close();
            connection = undefined;
          };
          d.onclose = () => {
            connection = undefined;
          };
          resolve(d);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    }).catch((error: unknown) => {
      connection = undefined;
      throw error;
    }));

  return {
    kind: 'indexeddb',
    async write(events) {
      const tx = (await db()).transaction('events', 'readwrite');
      const store = tx.objectStore('events');
      const ids = store.index('by-id');
      let last: number | undefined;
      // Requests run in the order they are made: each id is looked up, then added if new (once:
      // a batch may carry an id twice), so the last add has the highest seq.
      for (const e of new Map(events.map((e) => [e.id, e])).values()) {
        const found = ids.getKey(e.id);
        found.onsuccess = () => {
          if (found.result !== undefined) return;
          const added = store.add(e);
          added.onsuccess = () => {
            last = added.result as number;
          };
        };
      }
      await committed(tx);
      return last;
    },
    async readAll(appId) {
      const all = await result((await db()).transaction('events').objectStore('events').getAll() as IDBRequest<StoredEvent[]>);
      return all.filter((e) => e.appId === appId).map(({ seq: _seq, ...e }) => e as YardstickEvent);
    },
    async putMeta(key, value) {
      const tx = (await db()).transaction('meta', 'readwrite');
      tx.objectStore('meta').put(value, key);
      await committed(tx);
    },
  };
}
