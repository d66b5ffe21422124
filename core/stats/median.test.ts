import { describe, expect, it } from 'vitest';
import { mean, median, medianInPlace, quantileSorted } from './median';
import { mulberry32 } from './prng';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1], 2],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 10, 1], 10],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('matches a full sort on random data of odd and even sizes', () => {
    const random = mulberry32(1);
    const rand = () => random() * 1000;
    for (const n of [1, 2, 3, 10, 11, 101, 1000, 1001]) {
      const values = Array.from({ length: n }, () => Math.floor(rand()));
      const sorted = [...values].sort((a, b) => a - b);
      const expected = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      expect(medianInPlace(Float64Array.from(values), n)).toBe(expected);
    }
  });

  it('leaves the input array untouched', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('mean', () => {
  it('is null without values and the arithmetic mean otherwise', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (type 7)', () => {
    expect(quantileSorted([0, 10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantileSorted([0, 10, 20, 30, 40], 0.025)).toBeCloseTo(1, 10);
    expect(quantileSorted([0, 10, 20, 30, 40], 0.975)).toBeCloseTo(39, 10);
    expect(quantileSorted([5], 0.975)).toBe(5);
  });
});
