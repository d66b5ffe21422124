import { describe, expect, it } from 'vitest';
import { AttributionTally } from './attribution';
import { testModel } from './test-kit';
import { priceGoal, priceOutcome, priceProxy, priceValue, ValueTally } from './value';
import { weekIndex } from './week';

const model = testModel();

describe('pricing value-bearing events', () => {
  it.each([
    [
      'an outcome at the model’s amount is realized',
      priceOutcome(model, 'churn_prevented', undefined),
      { type: 'churn_prevented', amount: 2000, realized: true },
    ],
    [
      'an outcome with probability < 1 is potential at amount x p',
      priceOutcome(model, 'churn_prevented', 0.1),
      { amount: 200, realized: false },
    ],
    [
      'an outcome rule’s probability applies when the event has none',
      priceOutcome(model, 'maybe_upsell', undefined),
      { amount: 250, realized: false },
    ],
    ['the event’s probability beats the rule’s', priceOutcome(model, 'maybe_upsell', 1), { amount: 1000, realized: true }],
    [
      'an achieved goal realizes its amount',
      priceGoal(model, 'issue_resolved'),
      { type: 'cost_avoided', amount: 50, realized: true, grade: 'assumed' },
    ],
    ['a proxy is always potential, of type proxy', priceProxy(model, 'nps', 3), { type: 'proxy', amount: 150, realized: false }],
    [
      'a value amount times its attribution weight',
      priceValue('revenue_enabled', 100, false, undefined, 0.4),
      { amount: 40, realized: true, grade: 'assumed' },
    ],
    [
      'a value with probability 0.5 and weight 0.5',
      priceValue('revenue_enabled', 100, false, 0.5, 0.5),
      { amount: 25, realized: false },
    ],
    ['a value typed proxy is potential', priceValue('proxy', 10, false, undefined, undefined), { realized: false }],
    [
      'minutes priced at a rate are modeled',
      priceValue('productivity_gain', 45, true, undefined, undefined),
      { amount: 45, grade: 'modeled' },
    ],
  ])('%s', (_, priced, expected) => {
    expect(priced).toMatchObject(expected);
  });

  it.each([
    ['outcome', priceOutcome(model, 'nope', undefined)],
    ['goal', priceGoal(model, 'nope')],
    ['proxy', priceProxy(model, 'nope', 1)],
  ])('prices nothing for an unknown %s', (_, priced) => {
    expect(priced).toBeNull();
  });
});

describe('ValueTally', () => {
  it('keeps realized and potential apart, by type and (realized) by ISO week', () => {
    const t = new ValueTally();
    const monday = Date.UTC(2024, 10, 18);
    t.add({ type: 'cost_avoided', amount: 10.005, realized: true, grade: 'assumed' }, monday);
    t.add({ type: 'cost_avoided', amount: 5, realized: true, grade: 'modeled' }, monday + 6 * 86_400_000);
    t.add({ type: 'time_saved', amount: 1, realized: true, grade: 'modeled' }, monday - 1);
    t.add({ type: 'proxy', amount: 7, realized: false, grade: 'assumed' }, monday);
    const s = t.summarize();
    expect(s).toMatchObject({
      realized: 16.01,
      potential: 7,
      byType: { cost_avoided: 15.01, time_saved: 1 },
      potentialByType: { proxy: 7 },
    });
    expect(s.byWeek).toEqual([
      { week: '2024-11-11', byType: { time_saved: 1 } },
      { week: '2024-11-18', byType: { cost_avoided: 15.01 } },
    ]);
    expect(t.grades.get('cost_avoided')).toBe('assumed'); // the weakest of assumed and modeled
    expect(t.grade(true)).toBe('assumed');
  });

  it('starts weeks on Monday 00:00 UTC', () => {
    expect(weekIndex(Date.UTC(2024, 10, 18)) - weekIndex(Date.UTC(2024, 10, 17, 23, 59))).toBe(1);
    expect(weekIndex(Date.UTC(2024, 10, 24, 23, 59))).toBe(weekIndex(Date.UTC(2024, 10, 18)));
  });
});

describe('AttributionTally', () => {
  it('flags an outcome whose weights sum above 1, not one at exactly 1', () => {
    const a = new AttributionTally();
    a.add('deal-1', 0.6, 60);
    a.add('deal-1', 0.6, 60);
    a.add('deal-2', 0.1, 10);
    a.add('deal-2', 0.9, 90);
    a.add('deal-3', undefined, 100); // no weight: full credit
    a.add('deal-3', 0.2, 20);
    const s = a.summarize();
    expect(s.flagged).toEqual(['deal-1', 'deal-3']);
    expect(s.outcomes['deal-1']).toEqual({ totalWeight: 1.2, value: 120, flagged: true });
    expect(s.outcomes['deal-2']).toEqual({ totalWeight: 1, value: 100, flagged: false });
  });
});
