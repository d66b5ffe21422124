const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday; the first Monday, 1970-01-05, starts week 0.
const MONDAY_OFFSET_MS = 4 * DAY_MS;

/** Index of the ISO week (Monday 00:00 UTC to Sunday) that contains `ts`. */
export function weekIndex(ts: number): number {
  return Math.floor((ts - MONDAY_OFFSET_MS) / WEEK_MS);
}

/** The Monday (UTC) that starts week `index`, as YYYY-MM-DD. */
export function weekLabel(index: number): string {
  return new Date(index * WEEK_MS + MONDAY_OFFSET_MS).toISOString().slice(0, 10);
}
