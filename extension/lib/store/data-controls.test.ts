import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { batchOf, harness, ORIGIN, OTHER, recordsOf, senderFor } from '../testing/protocol-harness';
import { readCursor } from './cursors';
import { deleteAll, deleteApp } from './data-controls';
import { forEachEvent } from './read-events';
import { readOverlayPrefs, writeOverlayPrefs } from './settings';

describe('data controls', () => {
  it('deletes one app on one origin, and keeps the cursor so deleted events do not come back', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 4)), senderFor(ORIGIN));
    await h.handler(batchOf(0, recordsOf(1, 2)), senderFor(OTHER, 2));
    const db = await h.db();
    expect(await deleteApp(db, ORIGIN, 'acme')).toBe(4);
    expect(await db.count('events')).toBe(2);
    expect(await db.get('apps', [ORIGIN, 'acme'])).toBeUndefined();
    expect(await readCursor(db, ORIGIN, 'yardstick')).toBe(4);
    // A stale client re-sending the same seqs stores nothing.
    expect(await h.handler(batchOf(0, recordsOf(1, 4)), senderFor(ORIGIN))).toMatchObject({ ok: true, accepted: 0 });
  });

  it('deletes everything, overlay places included', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 3)), senderFor(ORIGIN));
    const db = await h.db();
    await writeOverlayPrefs(db, ORIGIN, { hidden: true, collapsed: true, position: { right: 40, bottom: 40 } });
    await deleteAll(db);
    let seen = 0;
    await forEachEvent(db, () => seen++);
    expect(seen).toBe(0);
    expect(await db.count('apps')).toBe(0);
    expect(await db.count('stats')).toBe(0);
    expect(await readOverlayPrefs(db, ORIGIN)).toEqual({ hidden: false, collapsed: false, position: null });
  });
});
