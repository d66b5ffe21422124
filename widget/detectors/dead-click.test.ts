import { describe, expect, it } from 'vitest';
import { type DeadClickVerdict, deadClickVerdict, type PageActivity } from './dead-click';
import { DETECTOR_DEFAULTS, type DeadClickOptions } from './defaults';

const o = DETECTOR_DEFAULTS.deadClick as DeadClickOptions;
const quiet: PageActivity = { mutationAt: -Infinity, scrollAt: -Infinity, selectionAt: -Infinity, navigationAt: -Infinity };
const act = (a: Partial<PageActivity>): PageActivity => ({ ...quiet, ...a });

describe('dead click', () => {
  const click = 10_000;
  const cases: Array<[string, PageActivity, number, DeadClickVerdict]> = [
    ['nothing happened for 2.5 s', quiet, click + 2500, 'dead'],
    ['still waiting before 2.5 s', quiet, click + 2499, 'wait'],
    ['a DOM change after the click', act({ mutationAt: click + 40 }), click + 2500, 'alive'],
    ['a late DOM change still counts (conservative)', act({ mutationAt: click + 3000 }), click + 3100, 'alive'],
    ['a DOM change before the click does not count', act({ mutationAt: click - 1 }), click + 2500, 'dead'],
    ['a route change (SPA link)', act({ navigationAt: click + 5 }), click + 2500, 'alive'],
    ['a scroll within 100 ms (scroll-to-anchor)', act({ scrollAt: click + 80 }), click + 2500, 'alive'],
    ['a scroll after 100 ms is the user scrolling', act({ scrollAt: click + 500 }), click + 2500, 'dead'],
    ['a text selection within 100 ms (select-all button)', act({ selectionAt: click + 10 }), click + 2500, 'alive'],
    ['a selection long after is unrelated', act({ selectionAt: click + 900 }), click + 2500, 'dead'],
  ];
  it.each(cases)('%s', (_name, activity, now, verdict) => expect(deadClickVerdict(click, activity, now, o)).toBe(verdict));

  it('honours a configured wait', () => {
    expect(deadClickVerdict(0, quiet, 1000, { waitMs: 1000, quietMs: 50 })).toBe('dead');
    expect(deadClickVerdict(0, act({ scrollAt: 60 }), 1000, { waitMs: 1000, quietMs: 50 })).toBe('dead');
  });
});
