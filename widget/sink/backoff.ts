/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so a fleet of
 * browsers that failed together does not retry together. attempt 1 -> ~base, 2 -> ~2x base, ...
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
