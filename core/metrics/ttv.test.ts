import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { FactStore } from './facts';
import { ev, T0, testModel } from './test-kit';
import { reductionOf, ttvCohort, ttvOf } from './ttv';

const H = 3_600_000;

function ttv(events: YardstickEvent[], activation = testModel().activation) {
  const store = new FactStore({ activation });
  for (const e of events) store.add(e);
  return ttvOf(store);
}

describe('time-to-value', () => {
  it('measures from the first start to the first end at or after it, per cohort', () => {
    const r = ttv([
      ev('signup', {}, { userId: 'a', cohort: 'treatment', ts: T0 }),
      ev('activation', {}, { userId: 'a', ts: T0 - H }), // before the start: ignored
      ev('activation', {}, { userId: 'a', ts: T0 + 2 * H }),
      ev('activation', {}, { userId: 'a', ts: T0 + 5 * H }), // not the first
      ev('signup', {}, { userId: 'b', cohort: 'treatment', ts: T0 }),
      ev('activation', {}, { userId: 'b', ts: T0 + 4 * H }),
      ev('signup', {}, { userId: 'c', cohort: 'treatment', ts: T0 }), // not activated yet
      ev('signup', {}, { userId: 'd', cohort: 'control', ts: T0 }),
      ev('activation', {}, { userId: 'd', ts: T0 + 8 * H }),
      ev('activation', {}, { userId: 'e', cohort: 'control', ts: T0 }), // no start: not a ttv user
    ]);
    expect(r.treatment).toEqual({ users: 3, activated: 2, activationRate: 2 / 3, meanMs: 3 * H, medianMs: 3 * H });
    expect(r.control).toEqual({ users: 1, activated: 1, activationRate: 1, meanMs: 8 * H, medianMs: 8 * H });
    expect(r.reduction).toBeCloseTo((8 - 3) / 8, 12);
  });

  it('takes the earliest start even when it arrives last, and an end at the same ms', () => {
    const r = ttv([
      ev('signup', {}, { userId: 'a', cohort: 'treatment', ts: T0 + H }),
      ev('activation', {}, { userId: 'a', ts: T0 }),
      ev('signup', {}, { userId: 'a', ts: T0 }),
    ]);
    expect(r.treatment).toMatchObject({ activated: 1, meanMs: 0 });
  });

  it('follows the model’s start and end event names', () => {
    const r = ttv(
      [ev('task_started', { task: 'x' }, { cohort: 'treatment' }), ev('task_completed', { task: 'x' }, { ts: T0 + H })],
      { start: 'task_started', end: 'task_completed' },
    );
    expect(r.treatment).toMatchObject({ users: 1, activated: 1, meanMs: H });
  });

  it('leaves users without a cohort out of both cohorts', () => {
    const r = ttv([ev('signup'), ev('activation', {}, { ts: T0 + H })]);
    expect(r.treatment.users + r.control.users).toBe(0);
  });

  it.each([
    ['no activated control user', ttvCohort([H], 1), ttvCohort([], 3), /control/],
    ['no activated treatment user', ttvCohort([], 2), ttvCohort([H], 1), /treatment/],
    ['control activates instantly', ttvCohort([H], 1), ttvCohort([0], 1), /instantly/],
  ])('gives a null reduction with a reason when there is %s', (_, treatment, control, reason) => {
    const r = reductionOf(treatment, control);
    expect(r.reduction).toBeNull();
    expect(r.reductionReason).toMatch(reason);
  });

  it('has a null activation rate without users', () => {
    expect(ttvCohort([], 0)).toEqual({ users: 0, activated: 0, activationRate: null, meanMs: null, medianMs: null });
  });
});
