import type { StoredEvent } from '../../../core/storage/page-store';
import { jsonSize } from '../json-size';
import type { ContentMessage, HelloReply, OverlayPrefs } from '../protocol/content-messages';
import { MAX_MODEL_BYTES, PROTOCOL_VERSION } from '../protocol/limits';
import { type Limits, type PackedBatch, packBatch } from './pack-batch';
import type { PageSource } from './page-source';

/** Sends one message to the background; rejects when it cannot be reached (worker stopped, extension reloaded). */
export type Transport = (message: ContentMessage) => Promise<unknown>;

export interface SyncClientOptions {
  db: string;
  appId: string;
  source: PageSource;
  send: Transport;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** After the background acknowledged stored events. */
  onStored?: (accepted: number) => void;
  onHello?: (overlay: OverlayPrefs) => void;
  /** When the client stops for good (no access, the extension went away). */
  onStop?: (reason: string) => void;
}

export interface SyncClient {
  /** Syncs until caught up. Calls while a run is under way are folded into one more run. */
  sync(): Promise<void>;
  stop(reason: string): void;
  readonly cursor: number | null;
  readonly stopped: boolean;
}

type Reply = { ok: true; [key: string]: unknown } | { ok: false; reason: string; [key: string]: unknown };

const MAX_BACKOFF_MS = 5_000;
/** A transport throws an error of this name when the extension was reloaded or removed under the page. */
export const EXTENSION_GONE = 'ExtensionGone';

/**
 * The content script's side of the protocol (extension/SYNC-PROTOCOL.md): hello for the cursor,
 * then batches after it, one at a time, each moving the cursor only by what the background
 * acknowledged. Any failure (a lost reply, a worker stopped mid-batch) sends us back to hello:
 * the background's cursor, persisted with the events it covers, is the only truth.
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  let cursor: number | null = null;
  let limits: Limits | null = null;
  let batchCap = Number.POSITIVE_INFINITY;
  let failures = 0;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let offeredModel: string | null = null;
  let prefetched: { from: number; max: number; rows: Promise<StoredEvent[]> } | null = null;

  const stop = (reason: string) => {
    if (stopped) return;
    stopped = true;
    options.onStop?.(reason);
  };

  const request = async (message: ContentMessage): Promise<Reply | null> => {
    try {
      const reply = (await options.send(message)) as Reply | undefined;
      if (reply === undefined || reply === null || typeof reply.ok !== 'boolean') throw new Error('no reply');
      failures = 0;
      return reply;
    } catch (error) {
      if ((error as Error | null)?.name === EXTENSION_GONE) {
        stop('extension-gone');
        return null;
      }
      // The worker was stopped (or is restarting): forget the cursor, back off, hello again.
      cursor = null;
      failures++;
      const backoff = Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(failures, 10));
      await sleep(backoff / 2 + random() * (backoff / 2));
      return null;
    }
  };

  /** Handles a refusal; returns false when syncing must stop for this run. */
  const refused = async (reply: Reply & { ok: false }, batch?: PackedBatch): Promise<boolean> => {
    switch (reply.reason) {
      case 'rate-limited':
        await sleep(Number(reply.retryAfterMs) || 1000);
        return true;
      case 'batch-too-large':
        batchCap = Math.max(1, Math.floor((batch?.records.length ?? 2) / 2));
        return true;
      case 'cursor-mismatch':
        cursor = Number(reply.cursor);
        return true;
      case 'store-failed':
        failures++;
        await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)));
        cursor = null;
        return failures < 8;
      default:
        // no-access, invalid-*, not-a-content-script: retrying cannot help.
        stop(reply.reason);
        return false;
    }
  };

  const hello = async (): Promise<'ok' | 'retry' | 'stop'> => {
    const lastSeq = await options.source.lastSeq();
    const reply = await request({ v: PROTOCOL_VERSION, type: 'sync/hello', db: options.db, appId: options.appId, lastSeq });
    if (reply === null) return stopped ? 'stop' : 'retry';
    if (!reply.ok) return (await refused(reply)) ? 'retry' : 'stop';
    const ok = reply as unknown as HelloReply;
    cursor = ok.cursor;
    limits = ok.limits;
    options.onHello?.(ok.overlay);
    return 'ok';
  };

  const offerModel = async () => {
    const raw = await options.source.readMeta(`model:${options.appId}`);
    if (raw === undefined) return;
    const json = JSON.stringify(raw);
    if (json === offeredModel || jsonSize(raw) > MAX_MODEL_BYTES) return;
    const reply = await request({ v: PROTOCOL_VERSION, type: 'model/offer', appId: options.appId, model: raw });
    if (reply?.ok) offeredModel = json;
  };

  const run = async () => {
    // A read prefetched by an earlier run may predate events its caller was hinted about.
    prefetched = null;
    while (!stopped) {
      if (cursor === null) {
        const said = await hello();
        if (said === 'stop') return;
        if (said === 'retry') continue;
      }
      await offerModel();
      const from = cursor!;
      const lim = limits!;
      const max = Math.min(lim.maxRecords, batchCap);
      // The next page read overlaps the worker's commit of the previous batch (two databases, two
      // processes): used only if the ack lands exactly where that read started.
      const rows =
        prefetched !== null && prefetched.from === from && prefetched.max === max
          ? await prefetched.rows
          : await options.source.readAfter(from, max);
      prefetched = null;
      const batch = packBatch(rows, { ...lim, maxRecords: max });
      if (batch === null) return;
      const sending = request({
        v: PROTOCOL_VERSION,
        type: 'sync/batch',
        db: options.db,
        appId: options.appId,
        fromSeq: from,
        records: batch.records,
      });
      const next = options.source.readAfter(batch.lastSeq, max);
      next.catch(() => undefined);
      prefetched = { from: batch.lastSeq, max, rows: next };
      const reply = await sending;
      if (reply === null) continue;
      if (!reply.ok) {
        if (!(await refused(reply, batch))) return;
        continue;
      }
      cursor = Number(reply.cursor);
      batchCap = Number.POSITIVE_INFINITY;
      if (Number(reply.accepted) > 0) options.onStored?.(Number(reply.accepted));
    }
  };

  return {
    sync() {
      if (stopped) return Promise.resolve();
      if (running !== null) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await run();
          } while (again && !stopped);
        } finally {
          running = null;
        }
      })();
      return running;
    },
    stop,
    get cursor() {
      return cursor;
    },
    get stopped() {
      return stopped;
    },
  };
}
