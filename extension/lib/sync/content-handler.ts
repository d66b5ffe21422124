import * as z from 'zod/mini';
import { type OverlayFigures, overlayFigures } from '../figures/overlay-figures';
import {
  type Batch,
  type BatchReply,
  type ContentMessage,
  contentMessageSchema,
  type Hello,
  type HelloReply,
  type ModelOffer,
  type ModelReply,
  type OkReply,
  type Refusal,
} from '../protocol/content-messages';
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS, MAX_RECORD_BYTES } from '../protocol/limits';
import { type CommitInput, commitBatch } from '../store/commit-batch';
import { readCursor, reconcileCursor } from '../store/cursors';
import type { ExtDatabase } from '../store/ext-db';
import { learnModel } from '../store/models';
import { readOverlayPrefs, writeOverlayPrefs } from '../store/settings';
import type { RateLimiter } from './rate-limiter';
import { contentScriptOrigin, type SenderInfo } from './sender-origin';
import { checkBatch } from './validate-batch';

export interface StoredChange {
  origin: string;
  accepted: number;
  apps: string[];
}

export interface ContentHandlerDeps {
  db: () => Promise<ExtDatabase>;
  extensionId: string;
  now: () => number;
  /** Whether the user let the extension run on this origin (manifest or granted host permission). */
  hasHostAccess: (origin: string) => Promise<boolean>;
  messageLimiter: RateLimiter;
  recordLimiter: RateLimiter;
  /** Called after a batch that stored something committed (tells open extension pages). */
  onStored?: (change: StoredChange) => void;
  /** Test seam passed to commitBatch. */
  beforeCommit?: CommitInput['beforeCommit'];
}

export type ContentReply = Refusal | HelloReply | BatchReply | ModelReply | OverlayFigures | OkReply;

/**
 * The background's side of the sync protocol (extension/SYNC-PROTOCOL.md). Every message is
 * checked in this order: who sent it (the browser's sender, never the payload), the tab's rate,
 * the message's schema, the user's permission for the origin; only then is it handled.
 */
export function createContentHandler(deps: ContentHandlerDeps): (raw: unknown, sender: SenderInfo) => Promise<ContentReply> {
  return async (raw, sender) => {
    const from = contentScriptOrigin(sender, deps.extensionId);
    if (!from.ok) return { ok: false, reason: 'not-a-content-script' };
    const now = deps.now();
    const paced = deps.messageLimiter.take(from.tabId, 1, now);
    if (!paced.ok) return { ok: false, reason: 'rate-limited', retryAfterMs: paced.retryAfterMs };
    const parsed = z.safeParse(contentMessageSchema, raw);
    if (!parsed.success) return { ok: false, reason: 'invalid-message' };
    if (!(await deps.hasHostAccess(from.origin))) return { ok: false, reason: 'no-access' };
    return dispatch(deps, from.origin, from.tabId, parsed.data, now);
  };
}

async function dispatch(
  deps: ContentHandlerDeps,
  origin: string,
  tabId: number,
  message: ContentMessage,
  now: number,
): Promise<ContentReply> {
  switch (message.type) {
    case 'sync/hello':
      return hello(deps, origin, message, now);
    case 'sync/batch':
      return batch(deps, origin, tabId, message, now);
    case 'model/offer':
      return offerModel(deps, origin, message, now);
    case 'overlay/figures':
      return overlayFigures(await deps.db(), origin, message.appId, now, message.viewer);
    case 'overlay/prefs':
      await writeOverlayPrefs(await deps.db(), origin, message.prefs);
      return { ok: true };
  }
}

async function hello(deps: ContentHandlerDeps, origin: string, message: Hello, now: number): Promise<HelloReply> {
  const db = await deps.db();
  const cursor =
    message.lastSeq === null
      ? await readCursor(db, origin, message.db)
      : await reconcileCursor(db, origin, message.db, message.lastSeq, now);
  return {
    ok: true,
    cursor,
    limits: { maxRecords: MAX_BATCH_RECORDS, maxBytes: MAX_BATCH_BYTES, maxRecordBytes: MAX_RECORD_BYTES },
    overlay: await readOverlayPrefs(db, origin),
  };
}

async function batch(
  deps: ContentHandlerDeps,
  origin: string,
  tabId: number,
  message: Batch,
  now: number,
): Promise<BatchReply | Refusal> {
  if (message.records.length > MAX_BATCH_RECORDS) {
    return { ok: false, reason: 'batch-too-large', maxRecords: MAX_BATCH_RECORDS, maxBytes: MAX_BATCH_BYTES };
  }
  const paced = deps.recordLimiter.take(tabId, message.records.length, now);
  if (!paced.ok) return { ok: false, reason: 'rate-limited', retryAfterMs: paced.retryAfterMs };
  const checked = checkBatch(message);
  if (!checked.ok) {
    return checked.reason === 'batch-too-large'
      ? { ok: false, reason: 'batch-too-large', maxRecords: MAX_BATCH_RECORDS, maxBytes: MAX_BATCH_BYTES }
      : { ok: false, reason: 'invalid-batch' };
  }
  const result = await commitBatch(await deps.db(), {
    origin,
    db: message.db,
    fromSeq: checked.fromSeq,
    lastSeq: checked.lastSeq,
    records: checked.records,
    rejections: checked.rejections,
    now,
    ...(deps.beforeCommit ? { beforeCommit: deps.beforeCommit } : {}),
  });
  if (!result.ok)
    return result.reason === 'cursor-mismatch'
      ? { ok: false, reason: 'cursor-mismatch', cursor: result.cursor }
      : { ok: false, reason: 'store-failed' };
  if (result.accepted > 0) deps.onStored?.({ origin, accepted: result.accepted, apps: result.apps });
  const { cursor, accepted, duplicates, rejected, paused } = result;
  return { ok: true, cursor, accepted, duplicates, rejected, paused };
}

async function offerModel(deps: ContentHandlerDeps, origin: string, message: ModelOffer, now: number): Promise<ModelReply> {
  const result = await learnModel(await deps.db(), origin, message.appId, message.model, now);
  if (result.accepted && result.changed) deps.onStored?.({ origin, accepted: 0, apps: [message.appId] });
  return result.accepted ? { ok: true, accepted: true } : { ok: true, accepted: false, errors: result.errors.slice(0, 10) };
}
