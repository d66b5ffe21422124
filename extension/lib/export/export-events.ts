import type { ExtDatabase, SyncedEvent } from '../store/ext-db';
import { forEachEvent } from '../store/read-events';
import { csvHeaderLine, toCsvRow } from './csv';
import { toNdjsonLine } from './ndjson';

export type ExportFormat = 'ndjson' | 'csv';

/** The user's events (one app, or all) as a file body, built in chunks to keep big exports cheap. */
export async function exportEvents(
  db: ExtDatabase,
  format: ExportFormat,
  partition?: { origin: string; app: string },
): Promise<Blob> {
  const parts: string[] = format === 'csv' ? [csvHeaderLine()] : [];
  let chunk = '';
  const line = format === 'csv' ? toCsvRow : toNdjsonLine;
  await forEachEvent(
    db,
    (record: SyncedEvent) => {
      chunk += line(record);
      if (chunk.length > 1 << 20) {
        parts.push(chunk);
        chunk = '';
      }
    },
    partition,
  );
  parts.push(chunk);
  return new Blob(parts, { type: format === 'csv' ? 'text/csv' : 'application/x-ndjson' });
}

export function exportFileName(format: ExportFormat, now: number, partition?: { app: string }): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const scope = partition ? partition.app.replace(/[^\w.-]+/g, '_') : 'all-apps';
  return `yardstick-${scope}-${day}.${format}`;
}
