import { describe, expect, it } from 'vitest';
import { IdSet } from './id-set';

describe('IdSet', () => {
  it('tells new ids from ones already added', () => {
    const s = new IdSet();
    expect(s.add('a')).toBe(true);
    expect(s.add('b')).toBe(true);
    expect(s.add('a')).toBe(false);
    expect(s.has('b')).toBe(true);
    expect(s.has('c')).toBe(false);
    expect(s.size).toBe(2);
  });

  it('keeps every id through growth, with no false duplicate among 200,000 similar ids', () => {
    const s = new IdSet(16);
    let fresh = 0;
    for (let i = 0; i < 200_000; i++) if (s.add(`evt_${i}`)) fresh++;
    expect(fresh).toBe(200_000);
    let again = 0;
    for (let i = 0; i < 200_000; i += 7) if (!s.add(`evt_${i}`)) again++;
    expect(again).toBe(Math.ceil(200_000 / 7));
    expect(s.size).toBe(200_000);
  });

  it('stays near 16 bytes per id: two 32-bit lanes, doubling at 60% load', () => {
    const s = new IdSet(16);
    for (let i = 0; i < 100_000; i++) s.add(String(i));
    expect(s.bytes / 100_000).toBeLessThanOrEqual(27);
    expect(s.bytes / 100_000).toBeGreaterThanOrEqual(13);
  });

  it('treats the empty string and unicode ids as ordinary ids', () => {
    const s = new IdSet();
    expect(s.add('')).toBe(true);
    expect(s.add('é🙂')).toBe(true);
    expect(s.add('')).toBe(false);
    expect(s.add('é🙂')).toBe(false);
  });
});
