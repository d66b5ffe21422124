import { parseEvent } from '../../core/schema/compact/event';
import type { YardstickEvent } from '../../core/schema/event';
import { type LocalStore, localKey } from '../runtime/local';

/**
 * A synchronous safety net for the events a tab has not committed yet. On pagehide or when the tab
 * is hidden, IndexedDB may not get to commit before the page goes away; localStorage writes are
 * synchronous. The next page load of any tab of the app replays what it finds here; the store's
 * id check makes the replay harmless when the original write did commit after all.
 */
export interface PendingBackup {
  save(events: readonly YardstickEvent[]): void;
  clear(): void;
  /** Events left behind by earlier pages (and other tabs), each re-validated, with their keys. */
  recover(): { events: YardstickEvent[]; keys: string[] };
  forget(keys: readonly string[]): void;
}

export function createPendingBackup(local: LocalStore, appId: string, tabId: string): PendingBackup {
  const prefix = localKey(appId, 'pending:');
  const own = prefix + tabId;
  let saved = false;
  return {
    save(events) {
      if (events.length === 0) {
        if (saved) local.remove(own);
        saved = false;
        return;
      }
      saved = local.set(own, JSON.stringify(events));
    },
    clear() {
      if (saved) local.remove(own);
      saved = false;
    },
    recover() {
      const events: YardstickEvent[] = [];
      const keys = local.keys(prefix).filter((k) => k !== own);
      for (const key of keys) {
        try {
          const list = JSON.parse(local.get(key) ?? '[]') as unknown;
          if (!Array.isArray(list)) continue;
          for (const raw of list) {
            const r = parseEvent(raw);
            if (r.ok) events.push(r.event);
          }
        } catch {
          // A corrupt entry is dropped with its key below.
        }
      }
      return { events, keys };
    },
    forget(keys) {
      for (const k of keys) local.remove(k);
    },
  };
}
