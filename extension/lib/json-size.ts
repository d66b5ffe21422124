/** JSON size of a value in characters, or +Infinity when it cannot be serialized (cycles, BigInt). */
export function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
