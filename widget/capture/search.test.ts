import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DETECTOR_DEFAULTS } from '../detectors/defaults';
import { fakePage } from './fake-page';
import { captureSearch } from './search';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An element that matches only the given selectors, holding a typed query that must never leave. */
const element = (matching: string[], field: unknown = null) =>
  ({ value: 'secret query', matches: (s: string) => matching.includes(s), querySelector: () => field }) as unknown as Element;
const SEARCH = 'input[type=search],[role=search] input,[role=searchbox],[data-yardstick-search]';

function start() {
  const page = fakePage();
  captureSearch(page.scope, DETECTOR_DEFAULTS);
  return page;
}

describe('help searches', () => {
  it('three committed searches are one signal with the count, at the field, and never the query', () => {
    const { doc, fire, signals } = start();
    const field = element([SEARCH]);
    for (let i = 0; i < 3; i++) {
      fire(doc, 'change', { target: field });
      vi.runAllTimers();
    }
    expect(signals).toEqual([{ signal: 'help_search', el: field, extra: { count: 3 } }]);
    expect(JSON.stringify(signals.map((s) => s.extra))).not.toContain('secret');
  });

  it('Enter fires change and submit in one task: one search', () => {
    const { doc, fire, signals } = start();
    const field = element([SEARCH]);
    const form = element([], field);
    for (let i = 0; i < 2; i++) {
      fire(doc, 'change', { target: field });
      fire(doc, 'submit', { target: form });
      vi.runAllTimers();
    }
    expect(signals).toEqual([]); // two searches, not four
  });

  it('submitting a role=search form counts; other fields and forms do not', () => {
    const { doc, fire, signals } = start();
    const searchForm = element(['[role=search]']);
    for (let i = 0; i < 3; i++) {
      fire(doc, 'change', { target: element([]) });
      fire(doc, 'submit', { target: element([]) });
      vi.runAllTimers();
    }
    expect(signals).toEqual([]);
    for (let i = 0; i < 3; i++) {
      fire(doc, 'submit', { target: searchForm });
      vi.runAllTimers();
    }
    expect(signals).toEqual([{ signal: 'help_search', el: searchForm, extra: { count: 3 } }]);
  });
});
