/** Mean of the values, or null when there are none. */
export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Median (the mean of the two middle values for an even count), or null when there are none. */
export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  return medianInPlace(Float64Array.from(values), values.length);
}

/**
 * Median of the first `n` numbers of `buf`, reordering them (quickselect, expected O(n)).
 * For the bootstrap's inner loop, where sorting every resample would dominate.
 */
export function medianInPlace(buf: Float64Array, n: number): number {
  const upper = n >>> 1;
  const hi = select(buf, 0, n - 1, upper);
  if (n % 2 === 1) return hi;
  // After selecting `upper`, everything left of it is <= hi: the lower middle is their maximum.
  let lo = buf[0]!;
  for (let i = 1; i < upper; i++) if (buf[i]! > lo) lo = buf[i]!;
  return (lo + hi) / 2;
}

function select(a: Float64Array, left: number, right: number, k: number): number {
  let l = left;
  let r = right;
  while (r > l) {
    // Median-of-three pivot keeps sorted and constant inputs linear.
    const m = (l + r) >>> 1;
    const pivot = median3(a[l]!, a[m]!, a[r]!);
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return a[k]!;
  }
  return a[k]!;
}

function median3(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/** Quantile by linear interpolation between order statistics (R's type 7), of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
