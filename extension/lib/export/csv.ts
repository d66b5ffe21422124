import type { SyncedEvent } from '../store/ext-db';

export const CSV_HEADER = ['origin', 'app', 'id', 'name', 'time', 'ts', 'userId', 'anonymousId', 'sessionId', 'cohort', 'props'];

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR): page data is untrusted, even in the user's own export.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvRow(record: SyncedEvent): string {
  const e = record.event;
  const cells = [
    record.origin,
    record.app,
    e.id,
    e.name,
    new Date(e.ts).toISOString(),
    e.ts,
    e.userId,
    e.anonymousId,
    e.sessionId,
    e.cohort,
    e.props,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const csvHeaderLine = () => `${CSV_HEADER.join(',')}\r\n`;
