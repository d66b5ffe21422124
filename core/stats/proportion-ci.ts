/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * 95% interval for p1 - p2, the difference of two independent proportions x1/n1 and x2/n2.
 *
 * Choice: the Agresti–Caffo interval, a normal approximation that first adds one success and one
 * failure to each group. The plain Wald interval collapses to zero width when a rate is 0 or 1
 * (e.g. no tickets among 12 control episodes) and overstates certainty at small n; Agresti–Caffo
 * keeps near-nominal coverage there, stays one line of arithmetic a reader can redo, and matches
 * Wald for large groups. Bounds are clamped to [-1, 1]. Both groups need n >= 1.
 */
export function differenceOfProportionsCi(x1: number, n1: number, x2: number, n2: number): [number, number] {
  const m1 = n1 + 2;
  const m2 = n2 + 2;
  const p1 = (x1 + 1) / m1;
  const p2 = (x2 + 1) / m2;
  const se = Math.sqrt((p1 * (1 - p1)) / m1 + (p2 * (1 - p2)) / m2);
  const d = p1 - p2;
  return [Math.max(-1, d - Z95 * se), Math.min(1, d + Z95 * se)];
}
