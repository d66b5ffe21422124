import { describe, expect, it } from 'vitest';
import { Z95 } from '../stats/proportion-ci';
import { CONTROL, NO_COHORT, TREATMENT } from './facts';
import { GoalTally, liftOf } from './goals';
import { testModel } from './test-kit';

const model = testModel(); // issue_resolved: 50, cost_avoided

function tally(rows: [string, boolean, 0 | 1 | 2][]): GoalTally {
  const t = new GoalTally();
  for (const [goal, achieved, cohort] of rows) t.add(goal, achieved, cohort);
  return t;
}

describe('goals', () => {
  it('counts attempts, achievements, the rate and the expected value per attempt', () => {
    // 4 attempts, 3 achieved: rate 0.75, value when achieved 3 x 50 = 150, expected 0.75 x 50 = 37.50
    const g = tally([
      ['issue_resolved', true, TREATMENT],
      ['issue_resolved', true, TREATMENT],
      ['issue_resolved', false, CONTROL],
      ['issue_resolved', true, NO_COHORT],
    ]).summarize(model).issue_resolved!;
    expect(g).toMatchObject({
      attempts: 4,
      achieved: 3,
      achievementRate: 0.75,
      amount: 50,
      valueWhenAchieved: 150,
      expectedValuePerAttempt: 37.5,
    });
  });

  it('computes the lift of treatment over control with its interval and value per session', () => {
    // treatment 3/4 = 0.75, control 1/4 = 0.25: absolute 0.5, relative 2, value per session 0.5 x 50 = 25
    const rows: [string, boolean, 0 | 1 | 2][] = [
      ...[true, true, true, false].map((a) => ['issue_resolved', a, TREATMENT] as [string, boolean, 1]),
      ...[true, false, false, false].map((a) => ['issue_resolved', a, CONTROL] as [string, boolean, 2]),
      ['issue_resolved', false, NO_COHORT], // in the totals only
    ];
    const g = tally(rows).summarize(model).issue_resolved!;
    expect(g.attempts).toBe(9);
    expect(g.lift).toMatchObject({ treatment: 0.75, control: 0.25, absolute: 0.5, relative: 2, valuePerSession: 25 });
    // Agresti–Caffo: p1' = 4/6, p2' = 2/6, se = sqrt(2/9/6 + 2/9/6) = 0.2721655
    expect(g.lift!.ci95[0]).toBeCloseTo(1 / 3 - Z95 * 0.2721655, 6);
    expect(g.lift!.ci95[1]).toBeCloseTo(1 / 3 + Z95 * 0.2721655, 6);
  });

  it('gives no lift, with a reason, when a cohort has no attempts', () => {
    const g = tally([['issue_resolved', true, TREATMENT]]).summarize(model).issue_resolved!;
    expect(g.lift).toBeNull();
    expect(g.liftReason).toMatch(/control/);
  });

  it('lists model goals never attempted with null rates, never NaN', () => {
    const g = new GoalTally().summarize(model).issue_resolved!;
    expect(g).toMatchObject({ attempts: 0, achievementRate: null, expectedValuePerAttempt: null, lift: null });
    expect(g.achievementRateReason).toBe('no attempts');
  });

  it('prices a goal missing from the model at 0', () => {
    expect(tally([['unknown', true, TREATMENT]]).summarize(model).unknown).toMatchObject({ amount: 0, valueWhenAchieved: 0 });
  });

  it('has no relative lift when the control rate is 0', () => {
    const lift = liftOf(1, 2, 0, 2, 10);
    expect(lift.relative).toBeNull();
    expect(lift.relativeReason).toMatch(/control rate is 0/);
  });
});
