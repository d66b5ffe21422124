import type { YardstickEvent } from '../../core/schema/event';
import type { YardstickError } from '../api/types';
import type { EventStore, MemoryStore } from './event-store';
import type { PendingBackup } from './pending-backup';

export interface BatcherDeps {
  primary: EventStore;
  fallback: MemoryStore;
  /** Runs `cb` off the critical path: at idle time, at most 500 ms later (see idleScheduler). */
  schedule(cb: () => void): void;
  /** Waits `ms` before a retry. */
  sleep(ms: number): Promise<void>;
  backup?: PendingBackup | undefined;
  onCommitted(lastSeq: number | undefined, events: readonly YardstickEvent[]): void;
  onError(error: YardstickError): void;
  maxBatch?: number;
}

export interface Batcher {
  add(event: YardstickEvent): void;
  /** Resolves when everything added so far is in a store. Never rejects. */
  flush(): Promise<void>;
  /** The page is going away: back up what is not committed, then try to commit it. */
  hide(): Promise<void>;
  /** Accepted events not committed yet (the badge counts them too). */
  pending(): YardstickEvent[];
  store(): EventStore;
}

const RETRIES = 3;

/**
 * Buffers accepted events in memory and writes them in batches at idle time, one transaction per
 * batch. A store that keeps failing (quota, private mode, a blocked upgrade) is abandoned for the
 * memory store: events keep counting for this page, and what even memory cannot hold is counted
 * as dropped and reported through on('error').
 */
export function createBatcher(deps: BatcherDeps): Batcher {
  const maxBatch = deps.maxBatch ?? 250;
  const queue: YardstickEvent[] = [];
  let inflight: YardstickEvent[] = [];
  let store: EventStore = deps.primary;
  let scheduled = false;
  let drained: Promise<void> = Promise.resolve();
  let reportedDrops = 0;

  const useMemory = (error: unknown) => {
    store = deps.fallback;
    deps.onError({
      kind: 'storage',
      // An Error or DOMException reads "Name: message".
      message: `IndexedDB is unavailable (${String(error)}); keeping events in memory for this page`,
      dropped: 0,
    });
  };

  const writeOne = async (batch: YardstickEvent[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await store.write(batch);
      } catch (error) {
        if (store === deps.fallback) return undefined;
        if ((error as { name?: string } | null)?.name === 'QuotaExceededError' || attempt >= RETRIES) useMemory(error);
        else await deps.sleep(200 * attempt);
      }
    }
  };

  const drain = async () => {
    while (queue.length > 0) {
      inflight = queue.splice(0, maxBatch);
      const seq = await writeOne(inflight);
      const committed = inflight;
      inflight = [];
      deps.onCommitted(seq, committed);
      const { dropped } = deps.fallback;
      if (dropped > reportedDrops) {
        reportedDrops = dropped;
        deps.onError({ kind: 'storage', message: `memory is full; ${dropped} events dropped so far`, dropped });
      }
    }
    deps.backup?.clear();
  };

  // Drains run one after another: a flush waits for the one under way, then writes what is left.
  const flush = (): Promise<void> =>
    (drained = drained
      .then(drain)
      .catch((error: unknown) => deps.onError({ kind: 'internal', message: `storage: ${String(error)}` })));

  return {
    add(event) {
      queue.push(event);
      if (scheduled) return;
      scheduled = true;
      deps.schedule(() => {
        scheduled = false;
        void flush();
      });
    },
    flush,
    hide() {
      deps.backup?.save([...inflight, ...queue]);
      return flush();
    },
    pending: () => [...inflight, ...queue],
    store: () => store,
  };
}

/** requestIdleCallback with a 500 ms timeout (so a watcher sees events within a second), else a timer. */
export function idleScheduler(win: {
  requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number;
}): (cb: () => void) => void {
  return typeof win.requestIdleCallback === 'function'
    ? (cb) => win.requestIdleCallback!(cb, { timeout: 500 })
    : (cb) => setTimeout(cb, 100);
}
