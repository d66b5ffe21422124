import * as z from 'zod/mini';

// Messages a content script sends to the background (runtime.sendMessage). None carries an origin:
// the background takes it from the sender (the tab it observed). `z.object` strips unknown keys, so
// a forged `origin` field is dropped before any handler sees it.

const int = (min: number) => z.number().check(z.int(), z.gte(min));
const name = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const base = { v: z.literal(1) };

/** Opens (or reopens, after a worker restart) a sync session for one page database. */
export const helloSchema = z.object({
  ...base,
  type: z.literal('sync/hello'),
  db: name(64),
  appId: name(128),
  /**
   * The page database's highest seq (null: no page database yet). Lower than the cursor means the
   * database was deleted and recreated, so the cursor starts over.
   */
  lastSeq: z.nullable(int(0)),
});
export type Hello = z.infer<typeof helloSchema>;

/**
 * One batch of page records after `fromSeq`, in seq order. A record too large to send is replaced
 * by a stub so the cursor can still pass it (and it is counted as rejected).
 * `records` stays `unknown` here: each one is validated on its own, so one bad record never sinks
 * its neighbours, and its size is measured before anything else is done with it.
 */
export const batchSchema = z.object({
  ...base,
  type: z.literal('sync/batch'),
  db: name(64),
  /** The app id the widget declared on this page: the partition for events without an appId. */
  appId: name(128),
  fromSeq: int(0),
  records: z.array(z.unknown()),
});
export type Batch = z.infer<typeof batchSchema>;

export const pageRecordSchema = z.object({ seq: int(1), event: z.unknown() });
export const droppedRecordSchema = z.object({ seq: int(1), dropped: z.literal('too-large'), bytes: int(0) });
export type PageRecord = z.infer<typeof pageRecordSchema>;
export type DroppedRecord = z.infer<typeof droppedRecordSchema>;

/** The value model the widget stored for its app; validated with core's schema, latest wins. */
export const modelOfferSchema = z.object({ ...base, type: z.literal('model/offer'), appId: name(128), model: z.unknown() });
export type ModelOffer = z.infer<typeof modelOfferSchema>;

/** Asks for this origin's overlay figures (never another origin's: there is no origin to ask for). */
export const viewerSchema = z.object({ userId: z.optional(name(128)), anonymousId: z.optional(name(128)) });
/**
 * `viewer` is who the page's widget says is signed in (its `user:<app>` record): the figures are
 * that person's. It cannot widen what is shown: the page holds all of its origin's events anyway.
 */
export const figuresRequestSchema = z.object({
  ...base,
  type: z.literal('overlay/figures'),
  appId: name(128),
  viewer: z.optional(viewerSchema),
});
export type FiguresRequest = z.infer<typeof figuresRequestSchema>;

const coordinate = z.number().check(z.gte(-10_000), z.lte(100_000));
export const overlayPrefsSchema = z.object({
  hidden: z.boolean(),
  collapsed: z.boolean(),
  /** Distance of the panel from the viewport's bottom-right corner, in CSS pixels. */
  position: z.nullable(z.object({ right: coordinate, bottom: coordinate })),
});
export type OverlayPrefs = z.infer<typeof overlayPrefsSchema>;
export const DEFAULT_OVERLAY_PREFS: OverlayPrefs = { hidden: false, collapsed: false, position: null };

export const overlayPrefsMessageSchema = z.object({ ...base, type: z.literal('overlay/prefs'), prefs: overlayPrefsSchema });
export type OverlayPrefsMessage = z.infer<typeof overlayPrefsMessageSchema>;

export const contentMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  batchSchema,
  modelOfferSchema,
  figuresRequestSchema,
  overlayPrefsMessageSchema,
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

// Replies. `ok: false` always carries a machine-readable reason the client acts on.
export type Refusal =
  | { ok: false; reason: 'invalid-message' | 'not-a-content-script' | 'no-access' | 'store-failed' | 'invalid-batch' }
  | { ok: false; reason: 'rate-limited'; retryAfterMs: number }
  | { ok: false; reason: 'batch-too-large'; maxRecords: number; maxBytes: number }
  | { ok: false; reason: 'cursor-mismatch'; cursor: number };

export interface HelloReply {
  ok: true;
  cursor: number;
  limits: { maxRecords: number; maxBytes: number; maxRecordBytes: number };
  overlay: OverlayPrefs;
}
export interface BatchReply {
  ok: true;
  cursor: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  paused: number;
}
export interface ModelReply {
  ok: true;
  accepted: boolean;
  errors?: string[];
}
export interface OkReply {
  ok: true;
}
