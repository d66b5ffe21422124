import { describe, expect, it } from 'vitest';
import { differenceOfProportionsCi, Z95 } from './proportion-ci';

describe('differenceOfProportionsCi (Agresti–Caffo)', () => {
  it('adds one success and one failure per group, then uses the normal approximation', () => {
    // p1' = 9/12 = 0.75, p2' = 3/12 = 0.25, se = sqrt(2 * 0.75 * 0.25 / 12) = 0.1767767
    const [lo, hi] = differenceOfProportionsCi(8, 10, 2, 10);
    expect(lo).toBeCloseTo(0.5 - Z95 * 0.1767767, 6);
    expect(hi).toBeCloseTo(0.5 + Z95 * 0.1767767, 6);
    expect(lo).toBeCloseTo(0.153524, 5);
  });

  it('keeps a non-zero width when both rates are 0, unlike the Wald interval', () => {
    const [lo, hi] = differenceOfProportionsCi(0, 12, 0, 12);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(0);
    expect(lo).toBeCloseTo(-hi, 12);
  });

  it('never leaves [-1, 1]', () => {
    const [lo, hi] = differenceOfProportionsCi(1, 1, 0, 1);
    expect(lo).toBeGreaterThanOrEqual(-1);
    expect(hi).toBeLessThanOrEqual(1);
  });

  it('narrows as groups grow', () => {
    const small = differenceOfProportionsCi(5, 10, 3, 10);
    const large = differenceOfProportionsCi(500, 1000, 300, 1000);
    expect(large[1] - large[0]).toBeLessThan(small[1] - small[0]);
  });
});
