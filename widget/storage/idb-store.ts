import type { IDBPDatabase } from 'idb';
import type { YardstickEvent } from '../../core/schema/event';
import { openPageStore, type PageDb, type StoredEvent } from '../../core/storage/page-store';
import type { EventStore } from './event-store';

/**
 * Core's page store, written by the widget. Each batch is one readwrite transaction that skips ids
 * already stored: IndexedDB serializes readwrite transactions on a store across tabs, so two tabs
 * (or a reload replaying its backup) can never store an event twice, and a transaction cut short
 * by a crash stores nothing. The connection closes when another tab upgrades the schema.
 */
export function createIdbStore(open: () => Promise<IDBPDatabase<PageDb>> = openPageStore, openTimeoutMs = 5000): EventStore {
  let connection: Promise<IDBPDatabase<PageDb>> | undefined;
  const db = () =>
    (connection ??= new Promise<IDBPDatabase<PageDb>>((resolve, reject) => {
      // A blocked open (an old tab holding a previous version) must not stall the widget forever.
      const timer = setTimeout(() => reject(new DOMException('opening IndexedDB timed out', 'TimeoutError')), openTimeoutMs);
      open().then(
        (d) => {
          clearTimeout(timer);
          d.addEventListener('versionchange', () => {
            d.close();
            connection = undefined;
          });
          d.addEventListener('close', () => {
            connection = undefined;
          });
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
      const unique = [...new Map(events.map((e) => [e.id, e])).values()];
      const d = await db();
      const tx = d.transaction('events', 'readwrite');
      const done = tx.done;
      done.catch(() => {}); // observed below; keeps an abort from surfacing as unhandled
      try {
        const ids = tx.store.index('by-id');
        const existing = await Promise.all(unique.map((e) => ids.getKey(e.id)));
        const keys = await Promise.all(
          unique.filter((_, i) => existing[i] === undefined).map((e) => tx.store.add(e as StoredEvent)),
        );
        await done;
        return keys.at(-1); // autoIncrement keys rise in request order
      } catch (error) {
        throw tx.error ?? error;
      }
    },
    async readAll(appId) {
      const all = await (await db()).getAll('events');
      return all.filter((e) => e.appId === appId).map(({ seq: _seq, ...e }) => e as YardstickEvent);
    },
    async putMeta(key, value) {
      await (await db()).put('meta', value, key);
    },
  };
}
