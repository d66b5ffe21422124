import { describe, expect, it } from 'vitest';
import { bootstrapMedianDifference } from './bootstrap';
import { median } from './median';
import { mulberry32 } from './prng';

/** The textbook bootstrap: pool the drawn users' values, sort, take the median. */
function naive(control: number[][], treatment: number[][], seed: number, iterations: number): [number, number] {
  const random = mulberry32(seed);
  const draw = (groups: number[][]) => {
    const pooled: number[] = [];
    for (let k = 0; k < groups.length; k++) pooled.push(...groups[Math.floor(random() * groups.length)]!);
    return median(pooled)!;
  };
  const diffs: number[] = [];
  for (let b = 0; b < iterations; b++) {
    const c = draw(control);
    diffs.push(c - draw(treatment));
  }
  diffs.sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (diffs.length - 1) * p;
    const lo = Math.floor(h);
    return diffs[lo]! + (h - lo) * (diffs[Math.min(lo + 1, diffs.length - 1)]! - diffs[lo]!);
  };
  return [q(0.025), q(0.975)];
}

const groups = (seed: number, users: number, max: number): number[][] => {
  const r = mulberry32(seed);
  return Array.from({ length: users }, () => Array.from({ length: 1 + Math.floor(r() * max) }, () => Math.round(r() * 1000)));
};

describe('bootstrapMedianDifference', () => {
  it('is deterministic: the same seed gives the same interval', () => {
    const c = groups(1, 30, 4);
    const t = groups(2, 40, 4);
    expect(bootstrapMedianDifference(c, t, 99, 300)).toEqual(bootstrapMedianDifference(c, t, 99, 300));
    expect(bootstrapMedianDifference(c, t, 100, 300)).not.toEqual(bootstrapMedianDifference(c, t, 99, 300));
  });

  it('gives exactly the textbook pooled-median bootstrap, only faster', () => {
    for (const [cs, ts] of [
      [3, 4],
      [11, 12],
    ] as const) {
      const c = groups(cs, 25, 5);
      const t = groups(ts, 18, 3);
      expect(bootstrapMedianDifference(c, t, 5, 200)).toEqual(naive(c, t, 5, 200));
    }
  });

  it('brackets the observed difference for clearly separated groups', () => {
    const c = Array.from({ length: 20 }, (_, i) => [600 + i, 610 + i]);
    const t = Array.from({ length: 20 }, (_, i) => [100 + i, 110 + i]);
    const [lo, hi] = bootstrapMedianDifference(c, t, 1, 500);
    expect(lo).toBeGreaterThan(450);
    expect(hi).toBeLessThan(550);
    expect(lo).toBeLessThanOrEqual(500);
    expect(hi).toBeGreaterThanOrEqual(500);
  });

  it('collapses to the difference when every user has the same single value', () => {
    expect(bootstrapMedianDifference([[5], [5]], [[2], [2], [2]], 3, 50)).toEqual([3, 3]);
  });
});
