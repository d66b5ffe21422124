import type { RepeatOptions } from './defaults';

/**
 * The same key `repeats` times within `windowMs`: returns the count on the occurrence that
 * completes it (0 otherwise), then that key starts over. Used for error loops (the same JS error
 * or the same form failing validation) and help searches (key "search": counts only, never text).
 * At most `maxKeys` keys are tracked; the least recently seen is forgotten first.
 */
export function createRepeat(o: RepeatOptions, maxKeys = 32): (key: string, t: number) => number {
  const seen = new Map<string, number[]>();
  return (key, t) => {
    const times = (seen.get(key) ?? []).filter((at) => t - at <= o.windowMs && at <= t);
    times.push(t);
    seen.delete(key);
    if (times.length >= o.repeats) return times.length;
    seen.set(key, times);
    if (seen.size > maxKeys) seen.delete(seen.keys().next().value as string);
    return 0;
  };
}
