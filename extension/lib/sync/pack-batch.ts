import type { StoredEvent } from '../../../core/storage/page-store';
import { jsonSize } from '../json-size';
import type { DroppedRecord, PageRecord } from '../protocol/content-messages';

export interface Limits {
  maxRecords: number;
  maxBytes: number;
  maxRecordBytes: number;
}

export interface PackedBatch {
  records: (PageRecord | DroppedRecord)[];
  lastSeq: number;
}

/**
 * The longest prefix of `rows` that fits the limits, each row sent as `{ seq, event }`. A row over
 * the per-record cap is sent as a stub so the cursor can pass it (the background counts it as
 * rejected). At least one row always goes, so a sync can never stall on one large neighbour.
 */
export function packBatch(rows: readonly StoredEvent[], limits: Limits): PackedBatch | null {
  const records: (PageRecord | DroppedRecord)[] = [];
  let bytes = 0;
  let lastSeq = 0;
  for (const row of rows) {
    if (records.length >= limits.maxRecords) break;
    const { seq, ...event } = row;
    const size = jsonSize(event);
    const record: PageRecord | DroppedRecord =
      size > limits.maxRecordBytes ? { seq, dropped: 'too-large', bytes: Number.isFinite(size) ? size : 0 } : { seq, event };
    const cost = size > limits.maxRecordBytes ? 64 : size;
    // Leave headroom for the envelope: the background counts only the events, but be conservative.
    if (records.length > 0 && bytes + cost > limits.maxBytes * 0.9) break;
    records.push(record);
    bytes += cost;
    lastSeq = seq;
  }
  return records.length === 0 ? null : { records, lastSeq };
}
