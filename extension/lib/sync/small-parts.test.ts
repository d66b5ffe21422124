import { describe, expect, it } from 'vitest';
import { clampAnchor, dragAnchor, isToggleShortcut } from '../content/overlay-position';
import { cachedAccess } from './access-cache';
import { packBatch } from './pack-batch';
import { createRateLimiter } from './rate-limiter';
import { originOf } from './sender-origin';

describe('rate limiter', () => {
  it('allows a burst, then refills at the steady rate, per key', () => {
    const limiter = createRateLimiter(3, 2);
    expect([1, 2, 3].map(() => limiter.take(1, 1, 0).ok)).toEqual([true, true, true]);
    expect(limiter.take(1, 1, 0)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(limiter.take(2, 1, 0).ok).toBe(true);
    expect(limiter.take(1, 1, 500).ok).toBe(true);
    limiter.forget(1);
    expect(limiter.take(1, 3, 500).ok).toBe(true);
  });

  it('lets a request larger than the whole bucket through once the bucket is full', () => {
    const limiter = createRateLimiter(10, 10);
    expect(limiter.take(1, 50, 0).ok).toBe(true);
    expect(limiter.take(1, 50, 0).ok).toBe(false);
  });
});

describe('packBatch', () => {
  const row = (seq: number, size = 10) => ({
    seq,
    id: `e${seq}`,
    name: 'x',
    ts: 1,
    userId: 'u',
    props: { pad: 'x'.repeat(size) },
  });
  const limits = { maxRecords: 3, maxBytes: 1000, maxRecordBytes: 400 };

  it.each([
    ['caps the count', [row(1), row(2), row(3), row(4)], [1, 2, 3]],
    ['stubs a record over the per-record cap', [row(1), row(2, 5000), row(3)], [1, 2, 3]],
    ['returns nothing for nothing', [], null],
  ])('%s', (_, rows, seqs) => {
    const packed = packBatch(rows as never, limits);
    expect(packed === null ? null : packed.records.map((r) => r.seq)).toEqual(seqs);
  });

  it('caps the bytes, with headroom, but always sends at least one record', () => {
    const roomy = { maxRecords: 10, maxBytes: 1000, maxRecordBytes: 900 };
    expect(packBatch([row(1, 500), row(2, 500), row(3)] as never, roomy)!.records.map((r) => r.seq)).toEqual([1]);
    expect(packBatch([row(1, 850)] as never, { ...roomy, maxBytes: 100 })!.records.map((r) => r.seq)).toEqual([1]);
  });

  it('strips seq from the event and marks the stub', () => {
    const packed = packBatch([row(1), row(2, 5000)] as never, limits)!;
    expect(packed.records[0]).toEqual({
      seq: 1,
      event: { id: 'e1', name: 'x', ts: 1, userId: 'u', props: { pad: 'x'.repeat(10) } },
    });
    expect(packed.records[1]).toMatchObject({ seq: 2, dropped: 'too-large' });
    expect(packed.lastSeq).toBe(2);
  });
});

describe('originOf', () => {
  it.each([
    ['http://localhost:4173/app?x=1', 'http://localhost:4173'],
    ['https://app.example.com/', 'https://app.example.com'],
    ['chrome-extension://abc/popup.html', null],
    ['file:///tmp/x.html', null],
    ['about:blank', null],
    ['not a url', null],
    [undefined, null],
  ])('%s -> %s', (url, origin) => expect(originOf(url)).toBe(origin));
});

describe('cachedAccess', () => {
  it('asks the browser once per origin within the TTL, and again after clear()', async () => {
    let asked = 0;
    let now = 0;
    const access = cachedAccess(
      async () => ++asked > 0,
      1000,
      () => now,
    );
    await access.has('a');
    await access.has('a');
    expect(asked).toBe(1);
    now = 1500;
    await access.has('a');
    access.clear();
    await access.has('a');
    expect(asked).toBe(3);
  });
});

describe('overlay position', () => {
  const panel = { width: 300, height: 200 };
  const viewport = { width: 1000, height: 700 };
  it.each([
    [
      { right: 16, bottom: 16 },
      { right: 16, bottom: 16 },
    ],
    [
      { right: -50, bottom: -9 },
      { right: 4, bottom: 4 },
    ],
    [
      { right: 5000, bottom: 5000 },
      { right: 696, bottom: 496 },
    ],
  ])('clamps %o into the viewport', (anchor, clamped) => expect(clampAnchor(anchor, panel, viewport)).toEqual(clamped));

  it('moves the anchor against the drag (it is measured from the bottom-right corner)', () => {
    expect(dragAnchor({ right: 16, bottom: 16 }, -100, -50)).toEqual({ right: 116, bottom: 66 });
  });

  it.each([
    [{ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyY' }, true],
    [{ altKey: true, shiftKey: false, ctrlKey: false, metaKey: false, code: 'KeyY' }, false],
    [{ altKey: true, shiftKey: true, ctrlKey: true, metaKey: false, code: 'KeyY' }, false],
    [{ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'KeyT' }, false],
  ])('shortcut %o -> %s', (e, yes) => expect(isToggleShortcut(e)).toBe(yes));
});
