import * as z from 'zod/mini';
import { parseEvent, type YardstickEvent } from '../../../core/schema/event';
import { jsonSize } from '../json-size';
import { type Batch, droppedRecordSchema, pageRecordSchema } from '../protocol/content-messages';
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS, MAX_RECORD_BYTES } from '../protocol/limits';

export interface ValidRecord {
  seq: number;
  app: string;
  event: YardstickEvent;
}

export interface Rejection {
  seq: number;
  reason: string;
}

export type CheckedBatch =
  | { ok: true; fromSeq: number; lastSeq: number; records: ValidRecord[]; rejections: Rejection[] }
  | { ok: false; reason: 'batch-too-large' | 'invalid-batch' };

/**
 * Checks a batch before anything is written. The whole batch is refused when it is too big or its
 * framing is wrong (seqs missing or not increasing: the cursor could not be trusted to advance);
 * otherwise each record stands alone: a bad event is rejected with core's reason and counted,
 * and the cursor still moves past it, since retrying an invalid record can never make it valid.
 */
export function checkBatch(batch: Batch): CheckedBatch {
  if (batch.records.length > MAX_BATCH_RECORDS) return { ok: false, reason: 'batch-too-large' };
  const records: ValidRecord[] = [];
  const rejections: Rejection[] = [];
  let bytes = 0;
  let lastSeq = batch.fromSeq;
  for (const raw of batch.records) {
    const framed = z.safeParse(pageRecordSchema, raw);
    const dropped = framed.success ? null : z.safeParse(droppedRecordSchema, raw);
    const seq = framed.success ? framed.data.seq : dropped?.success ? dropped.data.seq : null;
    if (seq === null || seq <= lastSeq) return { ok: false, reason: 'invalid-batch' };
    lastSeq = seq;
    if (!framed.success) {
      rejections.push({ seq, reason: `event of ${dropped?.data?.bytes ?? '?'} bytes is over the ${MAX_RECORD_BYTES}-byte cap` });
      continue;
    }
    const size = jsonSize(framed.data.event);
    bytes += Number.isFinite(size) ? size : 0;
    if (bytes > MAX_BATCH_BYTES) return { ok: false, reason: 'batch-too-large' };
    if (size > MAX_RECORD_BYTES) {
      rejections.push({
        seq,
        reason: Number.isFinite(size) ? `event of ${size} bytes is over the ${MAX_RECORD_BYTES}-byte cap` : 'event is not JSON',
      });
      continue;
    }
    const parsed = parseEvent(framed.data.event);
    if (!parsed.ok) {
      rejections.push({ seq, reason: parsed.reason });
      continue;
    }
    records.push({ seq, app: parsed.event.appId ?? batch.appId, event: parsed.event });
  }
  return { ok: true, fromSeq: batch.fromSeq, lastSeq, records, rejections };
}
