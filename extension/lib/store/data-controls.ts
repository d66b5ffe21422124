import { completionDayRange } from './completion-days';
import { type ExtDatabase, partitionRange } from './ext-db';
import { deleteOverlayPrefs } from './settings';

/**
 * Deletes one app's events, completion days, model and record. The sync cursor is kept on purpose: deleted events
 * must not come back with the next sync of the same page database. Returns the events removed.
 */
export async function deleteApp(db: ExtDatabase, origin: string, app: string): Promise<number> {
  const tx = db.transaction(['events', 'completionDays', 'models', 'apps'], 'readwrite');
  const index = tx.objectStore('events').index('by-partition-ts');
  let removed = 0;
  let cursor = await index.openKeyCursor(partitionRange(origin, app));
  while (cursor) {
    tx.objectStore('events').delete(cursor.primaryKey);
    removed++;
    cursor = await cursor.continue();
  }
  await tx.objectStore('completionDays').delete(completionDayRange(origin, app));
  await tx.objectStore('models').delete([origin, app]);
  await tx.objectStore('apps').delete([origin, app]);
  await tx.done;
  return removed;
}

/** Deletes every event, completion day, model, app record, statistic and overlay preference. Cursors stay (see deleteApp). */
export async function deleteAll(db: ExtDatabase): Promise<void> {
  const origins = new Set((await db.getAll('apps')).map((a) => a.origin));
  const tx = db.transaction(['events', 'completionDays', 'models', 'apps', 'stats'], 'readwrite');
  await Promise.all([
    tx.objectStore('events').clear(),
    tx.objectStore('completionDays').clear(),
    tx.objectStore('models').clear(),
    tx.objectStore('apps').clear(),
    tx.objectStore('stats').clear(),
  ]);
  await tx.done;
  for (const origin of origins) await deleteOverlayPrefs(db, origin);
}
