import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { differenceOfProportionsCi } from '../stats/proportion-ci';
import { causalDeflectionOf, causalFromCounts } from './causal-deflection';
import { FactStore } from './facts';
import { ev, MIN, T0, testModel } from './test-kit';

describe('causalFromCounts', () => {
  it('takes control minus treatment ticket rates, times treatment episodes, times ticket cost', () => {
    // control 20/100 = 0.2, treatment 50/500 = 0.1: difference 0.1, 50 deflections, 50 x 20 = 1000
    const c = causalFromCounts(100, 20, 500, 50, 20);
    expect(c).toMatchObject({ controlEpisodes: 100, treatmentEpisodes: 500, controlTicketRate: 0.2, treatmentTicketRate: 0.1 });
    expect(c.difference).toBeCloseTo(0.1, 12);
    expect(c.deflections).toBeCloseTo(50, 9);
    expect(c.value).toBe(1000);
    expect(c.ci95).toEqual(differenceOfProportionsCi(20, 100, 50, 500));
    // Conservative: the low bound (> 0 here) x 500 x 20.
    expect(c.ci95[0]).toBeGreaterThan(0);
    expect(c.conservativeValue).toBe(Math.round(c.ci95[0] * 500 * 20 * 100) / 100);
  });

  it('floors the conservative value at 0 when the interval spans zero', () => {
    const c = causalFromCounts(10, 2, 10, 1, 20);
    expect(c.ci95[0]).toBeLessThan(0);
    expect(c.value).toBe(20);
    expect(c.conservativeValue).toBe(0);
  });

  it('reports a negative value honestly when help raises tickets', () => {
    const c = causalFromCounts(100, 10, 100, 30, 20);
    expect(c.value).toBe(-400);
    expect(c.conservativeValue).toBe(0);
  });
});

describe('causalDeflectionOf', () => {
  const model = testModel();
  const store = (events: YardstickEvent[]) => {
    const s = new FactStore();
    for (const e of events) s.add(e);
    s.seal();
    return s;
  };
  const signal = (episodeId: string, userId: string, cohort: 'treatment' | 'control' | undefined, ts = T0) =>
    ev('confusion', { signal: 'rage_click', episodeId }, { userId, cohort, ts });

  it('anchors both cohorts on the first signal, window edges included', () => {
    const s = store([
      signal('c1', 'a', 'control'),
      ev('ticket_opened', {}, { userId: 'a', ts: T0 + 30 * MIN }), // at the edge: counts
      signal('c2', 'b', 'control'),
      ev('ticket_opened', {}, { userId: 'b', ts: T0 + 30 * MIN + 1 }), // 1 ms late
      signal('t1', 'c', 'treatment'),
      ev('ticket_opened', { episodeId: 'other' }, { userId: 'c', ts: T0 + MIN }), // another episode's
      signal('t2', 'd', 'treatment'),
      signal('x', 'e', undefined), // no cohort: not compared
    ]);
    const r = causalDeflectionOf(s, model);
    expect(r.causal).toMatchObject({ controlEpisodes: 2, treatmentEpisodes: 2, controlTicketRate: 0.5, treatmentTicketRate: 0 });
  });

  it('is null with a reason without a holdout', () => {
    const r = causalDeflectionOf(store([signal('t1', 'c', 'treatment')]), model);
    expect(r.causal).toBeNull();
    expect(r.causalReason).toMatch(/control/);
  });
});
