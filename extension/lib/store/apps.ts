import type { AppRecord, ExtDatabase } from './ext-db';

export async function listApps(db: ExtDatabase): Promise<AppRecord[]> {
  return db.getAll('apps');
}

export async function listOriginApps(db: ExtDatabase, origin: string): Promise<AppRecord[]> {
  return db.getAll('apps', IDBKeyRange.bound([origin, ''], [origin, '\uffff']));
}

async function updateApp(
  db: ExtDatabase,
  origin: string,
  app: string,
  change: (record: AppRecord) => void,
): Promise<AppRecord | null> {
  const tx = db.transaction('apps', 'readwrite');
  const record = await tx.store.get([origin, app]);
  if (record === undefined) {
    await tx.done;
    return null;
  }
  change(record);
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** Pausing stops capture: while paused, synced events of this app are skipped, never stored. */
export function setPaused(db: ExtDatabase, origin: string, app: string, paused: boolean): Promise<AppRecord | null> {
  return updateApp(db, origin, app, (record) => {
    record.paused = paused;
  });
}

/** The seat price the user pays per month, for value-to-cost; null clears it. */
export function setSeatCost(db: ExtDatabase, origin: string, app: string, seatCost: number | null): Promise<AppRecord | null> {
  if (seatCost !== null && !(Number.isFinite(seatCost) && seatCost >= 0)) throw new RangeError('seat cost must be a number >= 0');
  return updateApp(db, origin, app, (record) => {
    record.seatCost = seatCost;
  });
}
