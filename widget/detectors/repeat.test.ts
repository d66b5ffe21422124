import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, type RepeatOptions } from './defaults';
import { createRepeat } from './repeat';

describe('error loop (repeat detector)', () => {
  const o = DETECTOR_DEFAULTS.errorLoop as RepeatOptions;
  const cases: Array<[string, Array<[string, number]>, number[]]> = [
    [
      'the same form failing three times in a minute',
      [
        ['form:a', 0],
        ['form:a', 10_000],
        ['form:a', 20_000],
      ],
      [0, 0, 3],
    ],
    [
      'two failures are normal (fix one field, the next shows)',
      [
        ['form:a', 0],
        ['form:a', 5_000],
      ],
      [0, 0],
    ],
    [
      'spread over more than a minute is not a loop',
      [
        ['form:a', 0],
        ['form:a', 40_000],
        ['form:a', 70_001],
      ],
      [0, 0, 0],
    ],
    [
      'different errors do not add up',
      [
        ['js:x', 0],
        ['js:y', 1],
        ['js:z', 2],
      ],
      [0, 0, 0],
    ],
    [
      'after firing, the key starts over',
      [
        ['js:x', 0],
        ['js:x', 1],
        ['js:x', 2],
        ['js:x', 3],
        ['js:x', 4],
        ['js:x', 5],
      ],
      [0, 0, 3, 0, 0, 3],
    ],
  ];
  it.each(cases)('%s', (_name, seq, expected) => {
    const repeat = createRepeat(o);
    expect(seq.map(([k, t]) => repeat(k, t))).toEqual(expected);
  });

  it('forgets the least recently seen key beyond its cap', () => {
    const repeat = createRepeat({ repeats: 2, windowMs: 1000 }, 2);
    repeat('a', 0);
    repeat('b', 1);
    repeat('c', 2);
    expect(repeat('a', 3)).toBe(0); // "a" was forgotten
    expect(repeat('c', 4)).toBe(2);
  });
});

describe('help search (repeat detector, counts only)', () => {
  const o = DETECTOR_DEFAULTS.helpSearch as RepeatOptions;
  it.each([
    ['three searches in two minutes', [0, 30_000, 60_000], [0, 0, 3]],
    ['two searches are just searching', [0, 30_000], [0, 0]],
    ['three searches over ten minutes', [0, 300_000, 600_000], [0, 0, 0]],
  ] as const)('%s', (_name, times, expected) => {
    const repeat = createRepeat(o);
    expect(times.map((t) => repeat('search', t))).toEqual(expected);
  });
});
