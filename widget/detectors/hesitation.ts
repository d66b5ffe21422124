import type { HesitationOptions } from './defaults';

export interface Hesitation {
  /** The user did something (click, key, input, scroll) at `t`. */
  interaction(t: number): void;
  /** Idle ms after which the current step counts as hesitation. */
  thresholdMs(): number;
  /** True once per idle stretch, when idle time since the last interaction reaches the threshold. */
  check(t: number): boolean;
  /** A task (re)starts or the tab comes back: idle time counts from `t`. */
  reset(t: number): void;
}

const MIN_SAMPLES = 5;
const MAX_SAMPLES = 20;

/**
 * Hesitation: during a started task, idle far beyond this user's usual time per step. "Usual" is
 * the median gap between the user's recent interactions in tasks; the threshold is `factor` times
 * it, never under `minIdleMs`, and `fallbackIdleMs` until enough gaps are known.
 */
export function createHesitation(o: HesitationOptions): Hesitation {
  const gaps: number[] = [];
  // Before any start, idle time is -Infinity: never hesitation, never a learned gap.
  let last = Number.POSITIVE_INFINITY;
  let fired = false;
  const thresholdMs = () => {
    if (gaps.length < MIN_SAMPLES) return Math.max(o.minIdleMs, o.fallbackIdleMs);
    const sorted = [...gaps].sort((a, b) => a - b);
    const n = sorted.length;
    // The middle gap, or the mean of the middle two: for an odd count both indices are the middle.
    const median = (sorted[(n - 1) >> 1]! + sorted[n >> 1]!) / 2;
    return Math.max(o.minIdleMs, o.factor * median);
  };
  return {
    interaction(t) {
      const gap = t - last;
      // The hesitation itself is not a usual step: it would teach the detector to expect it.
      if (!fired && gap > 0 && gap < thresholdMs()) {
        gaps.push(gap);
        if (gaps.length > MAX_SAMPLES) gaps.shift();
      }
      last = t;
      fired = false;
    },
    thresholdMs,
    check(t) {
      if (fired || t - last < thresholdMs()) return false;
      fired = true;
      return true;
    },
    reset(t) {
      last = t;
      fired = false;
    },
  };
}
