import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, type HesitationOptions } from './defaults';
import { createHesitation } from './hesitation';

const o = DETECTOR_DEFAULTS.hesitation as HesitationOptions;

describe('hesitation', () => {
  it('uses the 60 s fallback until five gaps are known', () => {
    const h = createHesitation(o);
    h.reset(0);
    expect(h.check(59_999)).toBe(false);
    expect(h.check(60_000)).toBe(true);
    expect(h.check(90_000)).toBe(false); // once per idle stretch
  });

  it('learns the usual gap: 4 x the median, never under 30 s', () => {
    const h = createHesitation(o);
    h.reset(0);
    for (let t = 2_000; t <= 12_000; t += 2_000) h.interaction(t); // gaps of 2 s
    expect(h.thresholdMs()).toBe(30_000); // 4 x 2 s = 8 s, floored at 30 s
    const slow = createHesitation(o);
    slow.reset(0);
    for (let t = 20_000; t <= 120_000; t += 20_000) slow.interaction(t); // gaps of 20 s
    expect(slow.thresholdMs()).toBe(80_000);
    expect(slow.check(120_000 + 79_999)).toBe(false);
    expect(slow.check(120_000 + 80_000)).toBe(true);
  });

  it('takes the median of the gaps: the middle one, or the mean of the middle two', () => {
    const learn = (gaps: number[]) => {
      const h = createHesitation(o);
      let t = 0;
      h.reset(t);
      for (const gap of gaps) {
        t += gap;
        h.interaction(t);
      }
      return h.thresholdMs();
    };
    expect(learn([9_000, 11_000, 10_000, 50_000, 8_000])).toBe(40_000); // 4 x 10 s
    expect(learn([9_000, 11_000, 10_000, 50_000, 8_000, 12_000])).toBe(42_000); // 4 x 10.5 s
  });

  it('an interaction ends the idle stretch, and the hesitation gap is not learned', () => {
    const h = createHesitation(o);
    h.reset(0);
    expect(h.check(61_000)).toBe(true);
    h.interaction(61_000); // not recorded as a usual gap
    expect(h.thresholdMs()).toBe(60_000);
    expect(h.check(61_000 + 60_000)).toBe(true);
  });

  it('reset (tab back in view) restarts the idle clock', () => {
    const h = createHesitation(o);
    h.reset(0);
    h.reset(50_000);
    expect(h.check(100_000)).toBe(false);
    expect(h.check(110_000)).toBe(true);
  });

  it('never fires before any start', () => {
    expect(createHesitation(o).check(1e9)).toBe(false);
  });
});
