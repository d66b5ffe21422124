/** y = intercept + slope * x over x = 0..n-1 (least squares); null with fewer than two points. */
export interface Trend {
  slope: number;
  intercept: number;
}

export function linearTrend(values: readonly number[]): Trend | null {
  const n = values.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let x = 0; x < n; x++) {
    num += (x - meanX) * (values[x]! - meanY);
    den += (x - meanX) ** 2;
  }
  const slope = num / den;
  return { slope, intercept: meanY - slope * meanX };
}
