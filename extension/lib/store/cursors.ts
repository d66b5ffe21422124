import type { ExtDatabase } from './ext-db';

/** The last acknowledged seq of one origin's page database (0: nothing synced yet). */
export async function readCursor(db: ExtDatabase, origin: string, pageDb: string): Promise<number> {
  return (await db.get('cursors', [origin, pageDb]))?.seq ?? 0;
}

/**
 * A page database whose highest seq is below our cursor was deleted and recreated (the user
 * cleared site data): its seqs restart at 1, so the cursor goes back to 0 and the store's
 * [origin, id] key turns anything already imported into a counted duplicate.
 */
export async function reconcileCursor(
  db: ExtDatabase,
  origin: string,
  pageDb: string,
  pageLastSeq: number,
  now: number,
): Promise<number> {
  const tx = db.transaction('cursors', 'readwrite');
  const stored = await tx.store.get([origin, pageDb]);
  let seq = stored?.seq ?? 0;
  if (seq > pageLastSeq) {
    seq = 0;
    await tx.store.put({ origin, db: pageDb, seq, updatedAt: now });
  }
  await tx.done;
  return seq;
}
