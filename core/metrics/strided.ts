// Records stored flat in number arrays, `stride` numbers each, the first being a timestamp.

/** Appends to a lazily created list (most users never need most lists). */
export function append<T>(list: T[] | null, item: T): T[] {
  if (list === null) return [item];
  list.push(item);
  return list;
}

/** The stable order of records by their first number (ts), or null when already sorted. */
function strideOrder(values: readonly number[], stride: number): number[] | null {
  const n = values.length / stride;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (values[i * stride]! < values[(i - 1) * stride]!) sorted = false;
  if (sorted) return null;
  const order = Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => values[a * stride]! - values[b * stride]! || a - b);
}

function permute(values: readonly number[], stride: number, order: readonly number[]): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; i++) {
    const from = order[i]! * stride;
    for (let k = 0; k < stride; k++) out[i * stride + k] = values[from + k]!;
  }
  return out;
}

export function sortStrided(
  values: number[],
  stride: number,
  ids: string[] | null,
  setIds: ((ids: string[]) => void) | null,
): number[] {
  const order = strideOrder(values, stride);
  if (order === null) return values;
  if (ids !== null && setIds !== null) setIds(order.map((i) => ids[i]!));
  return permute(values, stride, order);
}

/** Index of the first record whose ts is >= `ts` in a sorted strided array. */
export function lowerBound(values: readonly number[], stride: number, ts: number): number {
  let lo = 0;
  let hi = values.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid * stride]! < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
