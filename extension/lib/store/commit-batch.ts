import { type IDBPTransaction, unwrap } from 'idb';
import type { Rejection, ValidRecord } from '../sync/validate-batch';
import { addCompletionDays } from './completion-days';
import type { AppRecord, ExtDatabase, ExtDb, OriginStats, SyncedEvent } from './ext-db';

type CommitTx = IDBPTransaction<ExtDb, ('events' | 'cursors' | 'apps' | 'stats' | 'completionDays')[], 'readwrite'>;

export interface CommitInput {
  origin: string;
  db: string;
  fromSeq: number;
  lastSeq: number;
  records: ValidRecord[];
  rejections: Rejection[];
  now: number;
  /** Test seam: runs inside the transaction just before it commits (e.g. to abort it). */
  beforeCommit?: (tx: CommitTx) => void;
}

export type CommitResult =
  | { ok: true; cursor: number; accepted: number; duplicates: number; rejected: number; paused: number; apps: string[] }
  | { ok: false; reason: 'cursor-mismatch'; cursor: number }
  | { ok: false; reason: 'store-failed'; error: unknown };

const MAX_KEPT_REJECTIONS = 20;

const quiet = (request: Promise<unknown>) => void request.catch(() => {});

export function emptyStats(origin: string): OriginStats {
  return { origin, accepted: 0, duplicates: 0, rejected: 0, paused: 0, modelsRejected: 0, lastRejections: [] };
}

/**
 * Writes one checked batch and moves the cursor, in ONE transaction: the cursor can only ever
 * point past events that are committed, and the caller learns the new cursor only once
 * `tx.done` resolved. Writes are `add`s keyed by [origin, id]: a second copy of an event (a
 * re-sent batch, two tabs racing, the same id twice in a batch) fails on its own, is counted as a
 * duplicate, and the first copy wins (as in core's report). Each newly stored completion is added to
 * its day record in the same transaction, so the day records never disagree with the events.
 *
 * A batch may overlap what is already stored (fromSeq <= cursor: a stale tab, a lost ack) but may
 * not leave a gap (fromSeq > cursor): then nothing is written and the caller gets the cursor back.
 */
export async function commitBatch(database: ExtDatabase, input: CommitInput): Promise<CommitResult> {
  const { origin, now } = input;
  const tx = database.transaction(['events', 'cursors', 'apps', 'stats', 'completionDays'], 'readwrite');
  // Without this, an abort would also surface as an unhandled rejection of tx.done.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('transaction aborted'),
  );
  try {
    const cursorRecord = await tx.objectStore('cursors').get([origin, input.db]);
    const cursor = cursorRecord?.seq ?? 0;
    if (input.fromSeq > cursor) {
      await done;
      return { ok: false, reason: 'cursor-mismatch', cursor };
    }
    const fresh = input.records.filter((r) => r.seq > cursor);
    const rejections = input.rejections.filter((r) => r.seq > cursor);
    const apps = await loadApps(tx, origin, fresh, now);
    const eventStore = unwrap(tx.objectStore('events'));
    let paused = 0;
    const values: SyncedEvent[] = [];
    const writes: Promise<boolean>[] = [];
    for (const record of fresh) {
      const app = apps.get(record.app)!;
      if (app.paused) {
        paused++;
        continue;
      }
      const value: SyncedEvent = { origin, app: record.app, seq: record.seq, receivedAt: now, event: record.event };
      values.push(value);
      writes.push(addOnce(eventStore, value, app));
    }
    const added = await Promise.all(writes);
    await addCompletionDays(
      tx.objectStore('completionDays'),
      values.filter((value, i) => added[i] && value.event.name === 'task_completed'),
    );
    const accepted = added.filter(Boolean).length;
    const duplicates = added.length - accepted + (input.records.length - fresh.length);
    const nextCursor = Math.max(cursor, input.lastSeq);
    // Not awaited (the transaction's outcome is awaited below), but never left to reject unheard.
    quiet(tx.objectStore('cursors').put({ origin, db: input.db, seq: nextCursor, updatedAt: now }));
    for (const app of apps.values()) quiet(tx.objectStore('apps').put(app));
    const stats = (await tx.objectStore('stats').get(origin)) ?? emptyStats(origin);
    stats.accepted += accepted;
    stats.duplicates += duplicates;
    stats.rejected += rejections.length;
    stats.paused += paused;
    if (rejections.length > 0) {
      const noted = rejections.map((r) => ({ ...r, at: now }));
      stats.lastRejections = [...stats.lastRejections, ...noted].slice(-MAX_KEPT_REJECTIONS);
    }
    quiet(tx.objectStore('stats').put(stats));
    input.beforeCommit?.(tx);
    const error = await done;
    if (error !== null) return { ok: false, reason: 'store-failed', error };
    return { ok: true, cursor: nextCursor, accepted, duplicates, rejected: rejections.length, paused, apps: [...apps.keys()] };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await done;
    return { ok: false, reason: 'store-failed', error };
  }
}

/** The app records the batch touches, created on first sight. */
async function loadApps(tx: CommitTx, origin: string, records: ValidRecord[], now: number): Promise<Map<string, AppRecord>> {
  const apps = new Map<string, AppRecord>();
  for (const record of records) {
    if (apps.has(record.app)) continue;
    const stored = await tx.objectStore('apps').get([origin, record.app]);
    apps.set(record.app, stored ?? newApp(origin, record.app, now));
  }
  return apps;
}

export function newApp(origin: string, app: string, now: number): AppRecord {
  return { origin, app, paused: false, seatCost: null, firstSeenAt: now, lastEventAt: 0, events: 0 };
}

/**
 * One `add` on the raw store (idb's wrapper cannot stop a failed request from aborting the whole
 * transaction): a ConstraintError means the key exists, so it is swallowed and reported as false.
 */
function addOnce(store: IDBObjectStore, value: SyncedEvent, app: AppRecord): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = store.add(value);
    request.onsuccess = () => {
      app.events++;
      if (value.event.ts > app.lastEventAt) app.lastEventAt = value.event.ts;
      resolve(true);
    };
    request.onerror = (event) => {
      if (request.error?.name === 'ConstraintError') {
        event.preventDefault();
        event.stopPropagation();
        resolve(false);
      } else reject(request.error);
    };
  });
}
