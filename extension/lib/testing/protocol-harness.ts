// Test-only helpers for the sync protocol's unit tests (never imported by an entrypoint).
import { openPageStore, type StoredEvent } from '../../../core/storage/page-store';
import type { ContentMessage } from '../protocol/content-messages';
import { TAB_MESSAGE_BURST, TAB_MESSAGES_PER_SECOND, TAB_RECORD_BURST, TAB_RECORDS_PER_SECOND } from '../protocol/limits';
import { type ExtDatabase, lazyExtDb } from '../store/ext-db';
import { type ContentHandlerDeps, createContentHandler } from '../sync/content-handler';
import { createRateLimiter } from '../sync/rate-limiter';
import type { SenderInfo } from '../sync/sender-origin';

export const EXTENSION_ID = 'test-extension-id';
export const ORIGIN = 'http://localhost:4173';
export const OTHER = 'http://127.0.0.1:4173';

let counter = 0;
/** Fresh database names: fake-indexeddb outlives fakeBrowser.reset(). */
export const freshName = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;

export function senderFor(origin: string, tabId = 1): SenderInfo {
  return { id: EXTENSION_ID, url: `${origin}/app`, origin, frameId: 0, tab: { id: tabId } };
}

export interface Harness {
  dbName: string;
  db: () => Promise<ExtDatabase>;
  /** A background as it is after a (re)start: new connection, new in-memory state, same database. */
  handler: (raw: unknown, sender: SenderInfo) => ReturnType<ReturnType<typeof createContentHandler>>;
  restart(): void;
  clock: { now: number };
}

export function harness(overrides: Partial<ContentHandlerDeps> = {}, dbName = freshName('ext')): Harness {
  const clock = { now: 1_732_269_000_000 };
  const make = () => {
    const db = lazyExtDb(dbName);
    const deps: ContentHandlerDeps = {
      db,
      extensionId: EXTENSION_ID,
      now: () => clock.now,
      hasHostAccess: async () => true,
      messageLimiter: createRateLimiter(TAB_MESSAGE_BURST, TAB_MESSAGES_PER_SECOND),
      recordLimiter: createRateLimiter(TAB_RECORD_BURST, TAB_RECORDS_PER_SECOND),
      ...overrides,
    };
    return { db, handle: createContentHandler(deps) };
  };
  let current = make();
  return {
    dbName,
    db: () => current.db(),
    handler: (raw, sender) => current.handle(raw, sender),
    restart() {
      current = make();
    },
    clock,
  };
}

/** A widget-format event. */
export function widgetEvent(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `ev-${i}`,
    name: 'task_completed',
    ts: 1_732_269_000_000 + i * 1000,
    appId: 'acme',
    userId: 'u_1',
    sessionId: 's_1',
    cohort: 'treatment',
    props: { task: 'export_report' },
    ...extra,
  };
}

/** A page store (as the widget writes it) holding `events`, in a fresh fake-indexeddb database. */
export async function pageStoreWith(events: Record<string, unknown>[], name = freshName('page')) {
  const db = await openPageStore(name);
  const tx = db.transaction('events', 'readwrite');
  for (const e of events) void tx.store.add(e as unknown as StoredEvent);
  await tx.done;
  return { name, db };
}

export const batchOf = (fromSeq: number, records: unknown[], extra: Record<string, unknown> = {}): ContentMessage =>
  ({ v: 1, type: 'sync/batch', db: 'yardstick', appId: 'acme', fromSeq, records, ...extra }) as ContentMessage;

export const recordsOf = (from: number, count: number, make = widgetEvent) =>
  Array.from({ length: count }, (_, k) => ({ seq: from + k, event: make(from + k) }));
