import type { YardstickEvent } from '../../../core/schema/event';
import type { SyncedEvent } from '../store/ext-db';

/**
 * One event per line, exactly as core validated it (ts in epoch ms): the format the report CLI
 * reads (`npx yardstick report --events export.ndjson`). An event stored without an appId gets the
 * app it was filed under, so a multi-app export still reports per app.
 */
export function toNdjsonLine(record: SyncedEvent): string {
  const event: YardstickEvent = record.event.appId === undefined ? { ...record.event, appId: record.app } : record.event;
  return `${JSON.stringify(event)}\n`;
}
