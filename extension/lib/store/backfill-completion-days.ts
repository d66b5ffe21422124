import { addCompletionDays, DAY_MS } from './completion-days';
import type { UpgradeTransaction } from './ext-db';

const NAME = 'task_completed';
/** Completions read per step: a month's, so memory stays bounded however many years are stored. */
const WINDOW_MS = 30 * DAY_MS;

/**
 * Files every stored task_completed event under its day record (the upgrade to version 2). Reads
 * whole UTC days a window at a time through the by-name-ts index, and jumps over empty stretches:
 * a single far-future ts costs one extra step, not one per month in between. Keys outside
 * [0, MAX_SAFE_INTEGER] (and ts that are not numbers) fall outside the range, as they did for the popup.
 */
export async function backfillCompletionDays(tx: UpgradeTransaction): Promise<void> {
  const index = tx.objectStore('events').index('by-name-ts');
  const days = tx.objectStore('completionDays');
  const last = [NAME, Number.MAX_SAFE_INTEGER];
  let first = await index.openKeyCursor(IDBKeyRange.bound([NAME, 0], last));
  while (first) {
    const start = Math.floor(first.key[1] / DAY_MS) * DAY_MS;
    const end = start + WINDOW_MS;
    const final = end > Number.MAX_SAFE_INTEGER;
    const range = final ? IDBKeyRange.bound([NAME, start], last) : IDBKeyRange.bound([NAME, start], [NAME, end], false, true);
    const records = await index.getAll(range);
    await addCompletionDays(days, records);
    first = final ? null : await index.openKeyCursor(IDBKeyRange.bound([NAME, end], last));
  }
}
