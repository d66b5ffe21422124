import type { RageClickOptions } from './defaults';

export interface Click {
  /** Epoch or monotonic ms; only differences matter. */
  t: number;
  x: number;
  y: number;
  /** Identity of the clicked element: the same streak needs the same target (Datadog's rule). */
  target: unknown;
}

/**
 * Rage click: `clicks` clicks on the same target, each within `windowMs` of the one before and
 * within `radiusPx` of the streak's first click. Returns true once per streak, on the click that
 * completes it; a streak that goes on does not fire again. Exemptions (text fields, steppers,
 * text selection) are `isRageExempt`'s job, so this stays a function of positions and times.
 */
export function createRageClick(o: RageClickOptions): (click: Click) => boolean {
  let first: Click | undefined;
  let last: Click | undefined;
  let count = 0;
  return (c) => {
    // `first` and `last` are set together.
    const continues =
      last !== undefined &&
      c.target === last.target &&
      c.t >= last.t &&
      c.t - last.t <= o.windowMs &&
      Math.hypot(c.x - first!.x, c.y - first!.y) <= o.radiusPx;
    if (!continues) {
      first = c;
      count = 0;
    }
    last = c;
    count++;
    return count === o.clicks;
  };
}
