import type { YardstickEvent } from '../../core/schema/event';

/** Where validated events go: the page store in IndexedDB, or memory when that is unavailable. */
export interface EventStore {
  readonly kind: 'indexeddb' | 'memory';
  /**
   * Writes the events whose ids are not stored yet, all or nothing; resolves with the highest
   * `seq` written (undefined when every id was already there). Rejects when the store failed.
   */
  write(events: readonly YardstickEvent[]): Promise<number | undefined>;
  /** Stored events of one app, in write order. */
  readAll(appId: string): Promise<YardstickEvent[]>;
  putMeta(key: string, value: unknown): Promise<void>;
}

/** Bounded memory store: keeps the first `cap` events, counts the rest as dropped. Never throws. */
export interface MemoryStore extends EventStore {
  readonly dropped: number;
}

export function createMemoryStore(cap = 2000): MemoryStore {
  const events: YardstickEvent[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  return {
    kind: 'memory',
    get dropped() {
      return dropped;
    },
    async write(batch) {
      let last: number | undefined;
      for (const e of batch) {
        if (ids.has(e.id)) continue;
        if (events.length >= cap) {
          dropped++;
          continue;
        }
        ids.add(e.id);
        events.push(e);
        last = events.length;
      }
      return last;
    },
    async readAll(appId) {
      return events.filter((e) => e.appId === appId);
    },
    async putMeta() {},
  };
}
