import { describe, expect, it } from 'vitest';
import { lastWeeks, periodStarts, weekStart } from './periods';
import { linearTrend } from './trend';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('periodStarts (local calendar; weeks start on Monday)', () => {
  it.each([
    ['a Wednesday', at(2026, 11, 18, 15), { today: at(2026, 11, 18), week: at(2026, 11, 16), month: at(2026, 11, 1) }],
    ['a Sunday', at(2026, 11, 22, 23), { today: at(2026, 11, 22), week: at(2026, 11, 16), month: at(2026, 11, 1) }],
    ['a Monday', at(2026, 11, 16, 0), { today: at(2026, 11, 16), week: at(2026, 11, 16), month: at(2026, 11, 1) }],
    [
      'a week spanning two months',
      at(2026, 12, 2, 9),
      { today: at(2026, 12, 2), week: at(2026, 11, 30), month: at(2026, 12, 1) },
    ],
  ])('%s', (_, now, starts) => expect(periodStarts(now)).toEqual(starts));

  it('lists the last weeks, oldest first, ending with the current one', () => {
    const weeks = lastWeeks(at(2026, 11, 18, 15), 3);
    expect(weeks).toEqual([at(2026, 11, 2), at(2026, 11, 9), at(2026, 11, 16)]);
    expect(weekStart(at(2026, 11, 22, 23))).toBe(at(2026, 11, 16));
  });
});

describe('linearTrend', () => {
  it.each([
    [[], null],
    [[5], null],
    [[1, 2, 3], { slope: 1, intercept: 1 }],
    [[4, 4, 4, 4], { slope: 0, intercept: 4 }],
    [[6, 4, 2], { slope: -2, intercept: 6 }],
  ])('%j', (values, fit) => expect(linearTrend(values)).toEqual(fit));
});
