/**
 * Caps on what a page (through its content script) can make the background do. Page data is
 * untrusted: every cap is enforced by the background, whatever the content script claims.
 */
export const PROTOCOL_VERSION = 1;

/** Records in one batch. 500 keeps one write transaction around 20-40 ms on a loaded machine. */
export const MAX_BATCH_RECORDS = 500;
/** JSON characters in one batch: well under Chrome's 64 MiB message cap, and cheap to re-send. */
export const MAX_BATCH_BYTES = 1_000_000;
/** JSON characters in one event. A widget event is ~300 bytes; anything near this is abuse. */
export const MAX_RECORD_BYTES = 32_768;
/** JSON characters in a value model (help bodies included). */
export const MAX_MODEL_BYTES = 262_144;

/** Messages per tab: a burst, then a steady rate (token bucket). Backfill needs ~20/s. */
export const TAB_MESSAGE_BURST = 120;
export const TAB_MESSAGES_PER_SECOND = 60;
/** Records per tab: bounds the write load one tab can put on the extension's database. */
export const TAB_RECORD_BURST = 50_000;
export const TAB_RECORDS_PER_SECOND = 25_000;

/** The widget's page database (core/storage/page-store.ts). */
export const PAGE_DB = 'yardstick';
