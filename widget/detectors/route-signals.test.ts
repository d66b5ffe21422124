import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, type RouteOptions } from './defaults';
import { createRouteSignals } from './route-signals';

const o = DETECTOR_DEFAULTS.thrash as RouteOptions;

describe('thrash and quick back', () => {
  const cases: Array<[string, Array<[string, number]>, Array<string | null>]> = [
    [
      'A B A B A within 30 s is thrash',
      [
        ['/a', 0],
        ['/b', 8_000],
        ['/a', 16_000],
        ['/b', 22_000],
        ['/a', 28_000],
      ],
      [null, null, null, null, 'thrash'],
    ],
    [
      'A B A with B seen for 2 s is a quick back',
      [
        ['/a', 0],
        ['/b', 10_000],
        ['/a', 12_000],
      ],
      [null, null, 'quick_back'],
    ],
    [
      'A B A with B read for a minute is not',
      [
        ['/a', 0],
        ['/b', 10_000],
        ['/a', 70_000],
      ],
      [null, null, null],
    ],
    [
      'browsing forward is not confusion',
      [
        ['/a', 0],
        ['/b', 1_000],
        ['/c', 2_000],
        ['/d', 3_000],
      ],
      [null, null, null, null],
    ],
    [
      'the same route twice in a row is one visit',
      [
        ['/a', 0],
        ['/a', 100],
        ['/a', 200],
      ],
      [null, null, null],
    ],
    [
      'thrash spread over more than 30 s is not thrash',
      [
        ['/a', 0],
        ['/b', 10_000],
        ['/a', 20_000],
        ['/b', 30_000],
        ['/a', 40_000],
      ],
      [null, null, null, null, null],
    ],
    [
      'a third route breaks the back-and-forth',
      [
        ['/a', 0],
        ['/b', 6_000],
        ['/c', 12_000],
        ['/b', 18_000],
        ['/a', 24_000],
      ],
      [null, null, null, null, null],
    ],
  ];
  it.each(cases)('%s', (_name, visits, expected) => {
    const signals = createRouteSignals(o);
    expect(visits.map(([route, t]) => signals({ route, t }))).toEqual(expected);
  });

  it('starts over after thrash fires', () => {
    const signals = createRouteSignals(o);
    const seq = ['/a', '/b', '/a', '/b', '/a', '/b'].map((route, i) => signals({ route, t: i * 6_000 }));
    expect(seq.at(4)).toBe('thrash');
    expect(seq.at(5)).toBeNull();
  });
});
