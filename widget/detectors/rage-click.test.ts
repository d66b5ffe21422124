import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, type RageClickOptions } from './defaults';
import { type Click, createRageClick } from './rage-click';

const o = DETECTOR_DEFAULTS.rageClick as RageClickOptions;
const A = { id: 'a' };
const B = { id: 'b' };
const at = (t: number, x = 100, y = 100, target: unknown = A): Click => ({ t, x, y, target });

describe('rage click', () => {
  const cases: Array<[string, Click[], boolean[]]> = [
    ['fires on the third quick click on the same target', [at(0), at(200), at(400)], [false, false, true]],
    [
      'fires once per streak, not on every click after',
      [at(0), at(100), at(200), at(300), at(400)],
      [false, false, true, false, false],
    ],
    ['two clicks are a double-click, not rage', [at(0), at(150)], [false, false]],
    ['a gap over 1 s breaks the streak', [at(0), at(300), at(1400), at(1600)], [false, false, false, false]],
    ['exactly 1 s apart still counts', [at(0), at(1000), at(2000)], [false, false, true]],
    ['another target starts over (Datadog: same target)', [at(0), at(100, 100, 100, B), at(200)], [false, false, false]],
    ['clicks drifting beyond 30 px start over', [at(0, 100, 100), at(100, 120, 100), at(200, 140, 100)], [false, false, false]],
    ['within 30 px of the first click counts', [at(0, 100, 100), at(100, 110, 110), at(200, 120, 100)], [false, false, true]],
    [
      'a new streak after a pause fires again',
      [at(0), at(100), at(200), at(5000), at(5100), at(5200)],
      [false, false, true, false, false, true],
    ],
    ['time going backwards breaks the streak', [at(1000), at(900), at(800)], [false, false, false]],
  ];
  it.each(cases)('%s', (_name, clicks, expected) => {
    const rage = createRageClick(o);
    expect(clicks.map(rage)).toEqual(expected);
  });

  it('honours configured thresholds', () => {
    const rage = createRageClick({ clicks: 4, windowMs: 500, radiusPx: 10 });
    expect([at(0), at(400), at(800), at(1200)].map(rage)).toEqual([false, false, false, true]);
    const strict = createRageClick({ clicks: 3, windowMs: 500, radiusPx: 10 });
    expect([at(0), at(600), at(1200)].map(strict)).toEqual([false, false, false]);
  });
});
