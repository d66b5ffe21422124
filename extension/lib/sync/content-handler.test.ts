import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_RECORDS, MAX_RECORD_BYTES } from '../protocol/limits';
import { setPaused } from '../store/apps';
import { readCursor } from '../store/cursors';
import { openExtDb } from '../store/ext-db';
import { batchOf, EXTENSION_ID, harness, ORIGIN, OTHER, recordsOf, senderFor, widgetEvent } from '../testing/protocol-harness';
import { createRateLimiter } from './rate-limiter';

const hello = (lastSeq: number | null = null) => ({ v: 1, type: 'sync/hello', db: 'yardstick', appId: 'acme', lastSeq });

describe('content handler: who may speak', () => {
  it.each([
    ['another extension', { ...senderFor(ORIGIN), id: 'someone-else' }],
    ['an extension page (no tab)', { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html`, frameId: 0 }],
    ['an iframe', { ...senderFor(ORIGIN), frameId: 3 }],
    ['a non-web page', { ...senderFor(ORIGIN), origin: undefined, url: 'file:///etc/passwd' }],
    ['an opaque origin', { ...senderFor(ORIGIN), origin: 'null', url: 'about:blank' }],
  ])('refuses %s', async (_, sender) => {
    const h = harness();
    expect(await h.handler(hello(), sender)).toEqual({ ok: false, reason: 'not-a-content-script' });
  });

  it('refuses an origin the user has not granted', async () => {
    const h = harness({ hasHostAccess: async (origin) => origin === ORIGIN });
    expect(await h.handler(hello(), senderFor('https://not-granted.example'))).toEqual({ ok: false, reason: 'no-access' });
    expect((await h.handler(hello(), senderFor(ORIGIN))).ok).toBe(true);
  });

  it('refuses a message that fails its schema', async () => {
    const h = harness();
    for (const bad of [
      null,
      'hello',
      { type: 'sync/hello' },
      { ...hello(), v: 2 },
      { ...hello(), db: 'x'.repeat(65) },
      { type: 'steal/everything', v: 1 },
    ]) {
      expect(await h.handler(bad, senderFor(ORIGIN))).toEqual({ ok: false, reason: 'invalid-message' });
    }
  });
});

describe('content handler: batches', () => {
  it('stores a batch under the sender origin and acknowledges the new cursor', async () => {
    const h = harness();
    expect(await h.handler(hello(), senderFor(ORIGIN))).toMatchObject({ ok: true, cursor: 0 });
    const reply = await h.handler(batchOf(0, recordsOf(1, 3)), senderFor(ORIGIN));
    expect(reply).toEqual({ ok: true, cursor: 3, accepted: 3, duplicates: 0, rejected: 0, paused: 0 });
    const db = await h.db();
    expect(await db.count('events')).toBe(3);
    expect(await readCursor(db, ORIGIN, 'yardstick')).toBe(3);
    expect(await h.handler(hello(3), senderFor(ORIGIN))).toMatchObject({ ok: true, cursor: 3 });
  });

  it('ignores an origin forged in the payload: the record lands in the sender origin partition', async () => {
    const h = harness();
    const forged = { ...batchOf(0, [{ seq: 1, event: widgetEvent(1, { origin: OTHER }) }]), origin: OTHER };
    expect(await h.handler(forged, senderFor(ORIGIN))).toMatchObject({ ok: true, accepted: 1 });
    const db = await h.db();
    expect(await db.get('events', [ORIGIN, 'ev-1'])).toMatchObject({ origin: ORIGIN, app: 'acme' });
    expect(await db.get('events', [OTHER, 'ev-1'])).toBeUndefined();
    expect(await readCursor(db, OTHER, 'yardstick')).toBe(0);
    expect(Object.keys((await db.get('events', [ORIGIN, 'ev-1']))!.event)).not.toContain('origin');
  });

  it('keeps two origins apart even when their event ids collide', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 2)), senderFor(ORIGIN, 1));
    await h.handler(batchOf(0, recordsOf(1, 2)), senderFor(OTHER, 2));
    const db = await h.db();
    expect(await db.count('events')).toBe(4);
    expect(await readCursor(db, ORIGIN, 'yardstick')).toBe(2);
    expect(await readCursor(db, OTHER, 'yardstick')).toBe(2);
  });

  it('rejects a batch over the record-count cap without writing anything', async () => {
    const h = harness();
    const reply = await h.handler(batchOf(0, recordsOf(1, MAX_BATCH_RECORDS + 1)), senderFor(ORIGIN));
    expect(reply).toMatchObject({ ok: false, reason: 'batch-too-large' });
    const db = await h.db();
    expect(await db.count('events')).toBe(0);
    expect(await readCursor(db, ORIGIN, 'yardstick')).toBe(0);
  });

  it('rejects a batch over the byte cap without writing anything', async () => {
    const h = harness();
    const big = (i: number) => widgetEvent(i, { props: { task: 'export_report', note: 'x'.repeat(MAX_RECORD_BYTES - 500) } });
    const reply = await h.handler(batchOf(0, recordsOf(1, 40, big)), senderFor(ORIGIN));
    expect(reply).toMatchObject({ ok: false, reason: 'batch-too-large' });
    expect(await (await h.db()).count('events')).toBe(0);
  });

  it('rejects and counts invalid records, stores the valid ones, and moves the cursor past both', async () => {
    const h = harness();
    const records = [
      { seq: 1, event: widgetEvent(1) },
      { seq: 2, event: widgetEvent(2, { ts: 'yesterday' }) },
      { seq: 3, event: widgetEvent(3, { userId: undefined }) },
      { seq: 4, event: widgetEvent(4, { props: { task: 42 } }) },
      { seq: 5, event: widgetEvent(5, { props: { task: 'export_report', huge: 'x'.repeat(MAX_RECORD_BYTES) } }) },
      { seq: 6, dropped: 'too-large', bytes: 9_000_000 },
      { seq: 7, event: 'not an object' },
      { seq: 8, event: widgetEvent(8) },
    ];
    const reply = await h.handler(batchOf(0, records), senderFor(ORIGIN));
    expect(reply).toEqual({ ok: true, cursor: 8, accepted: 2, duplicates: 0, rejected: 6, paused: 0 });
    const db = await h.db();
    const stats = await db.get('stats', ORIGIN);
    expect(stats).toMatchObject({ accepted: 2, rejected: 6 });
    expect(stats!.lastRejections.map((r) => r.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(stats!.lastRejections[0]!.reason).toContain('ts: expected epoch milliseconds');
  });

  it('refuses a batch whose seqs do not increase: the cursor could not be trusted', async () => {
    const h = harness();
    for (const records of [
      [
        { seq: 2, event: widgetEvent(2) },
        { seq: 1, event: widgetEvent(1) },
      ],
      [{ event: widgetEvent(1) }],
      [{ seq: 0, event: widgetEvent(0) }],
    ]) {
      expect(await h.handler(batchOf(0, records), senderFor(ORIGIN))).toEqual({ ok: false, reason: 'invalid-batch' });
    }
    expect(await (await h.db()).count('events')).toBe(0);
  });

  it('is idempotent: a batch delivered twice, or overlapping, stores each event once', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 5)), senderFor(ORIGIN));
    // The ack was lost and the client, after hello, is told the cursor: but a stale tab re-sends anyway.
    const again = await h.handler(batchOf(0, recordsOf(1, 5)), senderFor(ORIGIN));
    expect(again).toEqual({ ok: true, cursor: 5, accepted: 0, duplicates: 5, rejected: 0, paused: 0 });
    const overlap = await h.handler(batchOf(3, recordsOf(4, 4)), senderFor(ORIGIN));
    expect(overlap).toEqual({ ok: true, cursor: 7, accepted: 2, duplicates: 2, rejected: 0, paused: 0 });
    // The same event id under a new seq (a widget retry): the first copy wins.
    const copy = await h.handler(
      batchOf(7, [{ seq: 8, event: widgetEvent(1, { name: 'signup', props: {} }) }]),
      senderFor(ORIGIN),
    );
    expect(copy).toMatchObject({ ok: true, cursor: 8, accepted: 0, duplicates: 1 });
    const db = await h.db();
    expect(await db.count('events')).toBe(7);
    expect((await db.get('events', [ORIGIN, 'ev-1']))!.event.name).toBe('task_completed');
  });

  it('refuses a batch that would leave a gap after the cursor', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 2)), senderFor(ORIGIN));
    expect(await h.handler(batchOf(5, recordsOf(6, 2)), senderFor(ORIGIN))).toEqual({
      ok: false,
      reason: 'cursor-mismatch',
      cursor: 2,
    });
    expect(await (await h.db()).count('events')).toBe(2);
  });

  it('never acknowledges before the commit: an aborted transaction is reported, and nothing moved', async () => {
    let abort = true;
    const h = harness({
      beforeCommit: (tx) => {
        if (abort) tx.abort();
      },
    });
    const failed = await h.handler(batchOf(0, recordsOf(1, 3)), senderFor(ORIGIN));
    expect(failed).toEqual({ ok: false, reason: 'store-failed' });
    const db = await h.db();
    expect(await db.count('events')).toBe(0);
    expect(await readCursor(db, ORIGIN, 'yardstick')).toBe(0);
    abort = false;
    const ok = await h.handler(batchOf(0, recordsOf(1, 3)), senderFor(ORIGIN));
    expect(ok).toMatchObject({ ok: true, cursor: 3 });
    // When the ack arrives, the commit is visible to any other connection (here: a fresh one).
    const other = await openExtDb(h.dbName);
    expect(await readCursor(other, ORIGIN, 'yardstick')).toBe(3);
    expect(await other.count('events')).toBe(3);
    other.close();
  });

  it('skips (never stores) events of a paused app, and still moves the cursor past them', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 1)), senderFor(ORIGIN));
    await setPaused(await h.db(), ORIGIN, 'acme', true);
    const reply = await h.handler(batchOf(1, recordsOf(2, 3)), senderFor(ORIGIN));
    expect(reply).toEqual({ ok: true, cursor: 4, accepted: 0, duplicates: 0, rejected: 0, paused: 3 });
    expect(await (await h.db()).count('events')).toBe(1);
  });

  it('starts over when the page database was recreated (its last seq is below the cursor)', async () => {
    const h = harness();
    await h.handler(batchOf(0, recordsOf(1, 10)), senderFor(ORIGIN));
    expect(await h.handler(hello(10), senderFor(ORIGIN))).toMatchObject({ cursor: 10 });
    expect(await h.handler(hello(2), senderFor(ORIGIN))).toMatchObject({ cursor: 0 });
    // Old ids come back as duplicates; the new ones are stored.
    const reply = await h.handler(
      batchOf(0, [
        { seq: 1, event: widgetEvent(1) },
        { seq: 2, event: widgetEvent(99) },
      ]),
      senderFor(ORIGIN),
    );
    expect(reply).toMatchObject({ ok: true, cursor: 2, accepted: 1, duplicates: 1 });
  });
});

describe('content handler: rate caps', () => {
  it('caps messages per tab and says when to retry; other tabs are unaffected', async () => {
    const h = harness({ messageLimiter: createRateLimiter(3, 1) });
    for (let i = 0; i < 3; i++) expect((await h.handler(hello(), senderFor(ORIGIN, 7))).ok).toBe(true);
    const limited = await h.handler(hello(), senderFor(ORIGIN, 7));
    expect(limited).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect((limited as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect((await h.handler(hello(), senderFor(ORIGIN, 8))).ok).toBe(true);
    h.clock.now += 1000;
    expect((await h.handler(hello(), senderFor(ORIGIN, 7))).ok).toBe(true);
  });

  it('caps records per tab', async () => {
    const h = harness({ recordLimiter: createRateLimiter(100, 100) });
    expect((await h.handler(batchOf(0, recordsOf(1, 100)), senderFor(ORIGIN))).ok).toBe(true);
    expect(await h.handler(batchOf(100, recordsOf(101, 50)), senderFor(ORIGIN))).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: 500,
    });
    h.clock.now += 500;
    expect(await h.handler(batchOf(100, recordsOf(101, 50)), senderFor(ORIGIN))).toMatchObject({ ok: true, cursor: 150 });
  });
});

describe('content handler: value models', () => {
  const model = { defaultHourlyRate: 60, tasks: { export_report: { manualMinutes: 20 } } };
  const offer = (m: unknown, appId = 'acme') => ({ v: 1, type: 'model/offer', appId, model: m });

  it('learns a valid model, keeps the latest, and refuses an invalid one (keeping the last good one)', async () => {
    const h = harness();
    expect(await h.handler(offer(model), senderFor(ORIGIN))).toEqual({ ok: true, accepted: true });
    expect(await h.handler(offer({ ...model, defaultHourlyRate: 90 }), senderFor(ORIGIN))).toEqual({ ok: true, accepted: true });
    const bad = await h.handler(offer({ ...model, tasks: { export_report: { manualMinutes: '20m' } } }), senderFor(ORIGIN));
    expect(bad).toMatchObject({ ok: true, accepted: false });
    expect((bad as { errors: string[] }).errors[0]).toContain('tasks.export_report.manualMinutes');
    const db = await h.db();
    expect((await db.get('models', [ORIGIN, 'acme']))!.model.defaultHourlyRate).toBe(90);
    expect(await db.get('models', [OTHER, 'acme'])).toBeUndefined();
    expect((await db.get('stats', ORIGIN))!.modelsRejected).toBe(1);
  });

  it('refuses an oversized model', async () => {
    const h = harness();
    const huge = { ...model, help: { h: { title: 't', body: 'x'.repeat(3000) } }, pad: 'x'.repeat(300_000) };
    expect(await h.handler(offer(huge), senderFor(ORIGIN))).toMatchObject({ ok: true, accepted: false });
  });
});
