import { isOwnEvent } from '../../core/metrics/own-events';
import { parseEvent } from '../../core/schema/compact/event';
import type { YardstickEvent } from '../../core/schema/event';
import type { Emitter } from '../api/emitter';
import type { YardstickError, YardstickEvents } from '../api/types';
import { createHttpSink, type HttpSink } from '../sink/http-sink';
import { createBatcher, idleScheduler } from '../storage/batcher';
import { createMemoryStore } from '../storage/event-store';
import { createIdbStore } from '../storage/idb-store';
import { createPendingBackup } from '../storage/pending-backup';
import { type Identity, nextSession, readSession, type Session, writeSession } from './identity';
import type { Platform } from './platform';

/** Most main-thread time one idle slice of validation takes. */
const SLICE_MS = 8;

export interface Recorder {
  identity: Identity;
  /**
   * Queues one event: at idle time it is validated with core's parseEvent, then stored, offered to
   * the sink and passed to on('event'); a refused event is reported through on('error').
   */
  record(name: string, props: Record<string, unknown>, ts: number): void;
  flush(): Promise<void>;
  /** This user's events in this app: stored, plus those not committed yet. */
  readEvents(): Promise<YardstickEvent[]>;
  putMeta(key: string, value: unknown): void;
}

/**
 * Builds the envelope (id, appId, user, session, cohort), validates, and delivers: to the store
 * in idle-time batches, to the optional HTTP sink, and to `on('event')` listeners. Flushes when the
 * page is hidden or going away, with a synchronous backup for what IndexedDB may not get to commit.
 */
export function createRecorder(
  appId: string,
  identity: Identity,
  endpoint: string | undefined,
  p: Platform,
  emitter: Emitter<YardstickEvents>,
  report: (e: YardstickError) => void,
): Recorder {
  const { win } = p;
  const backup = createPendingBackup(p.local, appId, p.newId());
  const batcher = createBatcher({
    primary: typeof win.indexedDB === 'undefined' ? createMemoryStore() : createIdbStore(p.openStore),
    fallback: createMemoryStore(),
    schedule: idleScheduler(win),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    backup,
    onError: report,
    onCommitted(lastSeq) {
      if (lastSeq === undefined || batcher.store().kind !== 'indexeddb') return;
      try {
        win.postMessage({ source: 'yardstick-widget', type: 'events-stored', appId, lastSeq }, win.location.origin);
      } catch {
        // An opaque origin (file://, sandboxed frame) has no one to tell.
      }
    },
  });
  const sink: HttpSink | undefined = endpoint
    ? createHttpSink({
        post: (body, keepalive) =>
          fetch(endpoint, {
            method: 'POST',
            body,
            keepalive,
            credentials: 'omit',
            headers: { 'content-type': 'text/plain;charset=UTF-8' },
          }).then((r) => r.status),
        beacon: typeof navigator.sendBeacon === 'function' ? (body) => navigator.sendBeacon(endpoint, body) : undefined,
        setTimer: (cb, ms) => void setTimeout(cb, ms),
        random: Math.random,
        onError: report,
      })
    : undefined;

  let session: Session = nextSession(readSession(p.local, appId), p.now(), () => `s_${p.newId()}`);
  writeSession(p.local, appId, session);

  // Events a previous page (or a tab that crashed) backed up but may not have committed.
  const recovered = backup.recover();
  for (const e of recovered.events) batcher.add(e);
  if (recovered.keys.length > 0) void batcher.flush().then(() => backup.forget(recovered.keys));

  // Validation runs off the caller's task: track() only snapshots and queues, so a page that
  // tracks a thousand events in one loop pays microseconds per call, and core's parseEvent runs
  // at idle time in slices of a few milliseconds (all at once on flush() and page hide).
  let unchecked: Array<Record<string, unknown>> = [];
  let checking = false;
  const validate = (budgetMs: number) => {
    const started = performance.now();
    let i = 0;
    for (; i < unchecked.length && performance.now() - started < budgetMs; i++) {
      const raw = unchecked[i]!;
      const r = parseEvent(raw);
      if (!r.ok) {
        report({ kind: 'track', message: `${String(raw.name)}: ${r.reason}` });
        continue;
      }
      batcher.add(r.event);
      sink?.add(r.event);
      emitter.emit('event', r.event);
    }
    unchecked = unchecked.slice(i);
    if (unchecked.length > 0) scheduleValidation();
  };
  const idle = idleScheduler(win);
  const scheduleValidation = () => {
    if (checking) return;
    checking = true;
    idle(() => {
      checking = false;
      validate(SLICE_MS);
    });
  };

  const hide = () => {
    writeSession(p.local, appId, session);
    validate(Number.POSITIVE_INFINITY);
    void batcher.hide();
    sink?.hide();
  };
  win.addEventListener('pagehide', hide);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') hide();
  });

  const recorder: Recorder = {
    identity,
    record(name, props, ts) {
      if (ts >= session.seen) session = nextSession(session, ts, () => `s_${p.newId()}`);
      const { anonymousId, userId, cohort } = recorder.identity;
      const raw: Record<string, unknown> = { id: p.newId(), name, ts, appId, anonymousId, sessionId: session.id, cohort, props };
      if (userId !== undefined) raw.userId = userId;
      unchecked.push(raw);
      scheduleValidation();
    },
    async flush() {
      writeSession(p.local, appId, session);
      validate(Number.POSITIVE_INFINITY);
      await Promise.all([batcher.flush(), sink?.flush()]);
    },
    async readEvents() {
      const stored = await batcher
        .store()
        .readAll(appId)
        .catch(() => []);
      const byId = new Map<string, YardstickEvent>();
      for (const e of [...stored, ...batcher.pending()]) byId.set(e.id, e);
      return [...byId.values()].filter((e) => isOwnEvent(e, recorder.identity));
    },
    putMeta(key, value) {
      batcher
        .store()
        .putMeta(key, value)
        .catch(() => {});
    },
  };
  return recorder;
}
