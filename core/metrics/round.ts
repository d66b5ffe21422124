/** Money to cents and minutes to 0.01, applied once when a figure leaves the engine; never NaN. */
export function roundMoney(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 + 0 : 0;
}

/** Minutes to 0.01 (same rule as money: half away from zero is not needed for sums of positives). */
export const roundMinutes = roundMoney;
