import { describe, expect, it } from 'vitest';
import { ratingOf, roiOf } from './roi';
import { sessionsOf } from './sessions';

describe('value-to-cost', () => {
  it.each([
    [50, 100, 0.5, 'negative'],
    [100, 100, 1, 'positive'],
    [299, 100, 2.99, 'positive'],
    [300, 100, 3, 'strong'],
    [-10, 100, -0.1, 'negative'],
  ] as const)('value %d over cost %d is %d, %s', (value, cost, ratio, rating) => {
    expect(ratingOf(value, cost)).toEqual({ valueToCost: ratio, rating });
  });

  it('is null with a reason at zero cost, never Infinity', () => {
    expect(ratingOf(100, 0)).toEqual({ valueToCost: null, valueToCostReason: 'no cost recorded: add cost events', rating: null });
  });

  it('rates realized value and, apart, realized plus potential', () => {
    expect(roiOf(80, 300, 100)).toEqual({
      valueToCost: 0.8,
      rating: 'negative',
      withPotential: { valueToCost: 3.8, rating: 'strong' },
    });
  });
});

describe('sessions', () => {
  it('divides value, cost and net value by the session count', () => {
    expect(sessionsOf(4, 100, 30)).toEqual({ count: 4, valuePerSession: 25, costPerSession: 7.5, netValuePerSession: 17.5 });
  });

  it('is null with a reason without sessions', () => {
    expect(sessionsOf(0, 100, 30)).toMatchObject({
      count: 0,
      valuePerSession: null,
      costPerSession: null,
      netValuePerSession: null,
    });
    expect(sessionsOf(0, 100, 30).reason).toBe('no event carries a sessionId');
  });
});
