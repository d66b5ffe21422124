import type { GoalStats, Lift } from '../report/report-types';
import type { ValueModel } from '../schema/value-model';
import { differenceOfProportionsCi } from '../stats/proportion-ci';
import { CONTROL, type CohortCode, TREATMENT } from './facts';
import { roundMoney } from './round';

// Goals: one `goal` event is one attempt; `achieved: true` makes it an achievement. Per goal:
// achievement rate = achieved / attempts, valueWhenAchieved = achieved x amount x the rule's
// probability (the value the goal put into the report), expected value per attempt = rate x amount.
// Lift of treatment over control compares achievement rates of the cohorts on the goal events; an
// event without a cohort counts in the totals only.

interface Counts {
  attempts: number;
  achieved: number;
  treatmentAttempts: number;
  treatmentAchieved: number;
  controlAttempts: number;
  controlAchieved: number;
}

export type GoalStatsOut = GoalStats & { achievementRateReason?: string };
export type LiftOut = Lift & { relativeReason?: string };

export class GoalTally {
  private readonly goals = new Map<string, Counts>();

  add(goal: string, achieved: boolean, cohort: CohortCode): void {
    let c = this.goals.get(goal);
    if (c === undefined) {
      c = { attempts: 0, achieved: 0, treatmentAttempts: 0, treatmentAchieved: 0, controlAttempts: 0, controlAchieved: 0 };
      this.goals.set(goal, c);
    }
    const hit = achieved ? 1 : 0;
    c.attempts++;
    c.achieved += hit;
    if (cohort === TREATMENT) {
      c.treatmentAttempts++;
      c.treatmentAchieved += hit;
    } else if (cohort === CONTROL) {
      c.controlAttempts++;
      c.controlAchieved += hit;
    }
  }

  /** Every goal seen in events or listed in the model, by name. */
  summarize(model: Pick<ValueModel, 'goals'>): Record<string, GoalStatsOut> {
    const names = new Set([...this.goals.keys(), ...Object.keys(model.goals)]);
    const out: Record<string, GoalStatsOut> = {};
    for (const name of [...names].sort()) {
      const rule = Object.hasOwn(model.goals, name) ? model.goals[name] : undefined;
      out[name] = goalStats(this.goals.get(name), rule?.amount ?? 0, rule?.probability ?? 1);
    }
    return out;
  }
}

export function goalStats(c: Counts | undefined, amount: number, probability = 1): GoalStatsOut {
  const attempts = c?.attempts ?? 0;
  const achieved = c?.achieved ?? 0;
  const rate = attempts > 0 ? achieved / attempts : null;
  const stats: GoalStatsOut = {
    attempts,
    achieved,
    achievementRate: rate,
    amount,
    valueWhenAchieved: roundMoney(achieved * amount * probability),
    expectedValuePerAttempt: rate === null ? null : roundMoney(rate * amount),
    lift: null,
  };
  if (rate === null) stats.achievementRateReason = 'no attempts';
  if (c === undefined || c.controlAttempts === 0 || c.treatmentAttempts === 0) {
    const missing =
      c === undefined || (c.controlAttempts === 0 && c.treatmentAttempts === 0)
        ? 'either cohort'
        : c.controlAttempts === 0
          ? 'the control cohort'
          : 'the treatment cohort';
    stats.liftReason = `no attempts in ${missing}: lift needs attempts in both cohorts`;
  } else stats.lift = liftOf(c.treatmentAchieved, c.treatmentAttempts, c.controlAchieved, c.controlAttempts, amount);
  return stats;
}

/** Treatment rate minus control rate, with the Agresti–Caffo 95% interval (see proportion-ci.ts). */
export function liftOf(tHits: number, tN: number, cHits: number, cN: number, amount: number): LiftOut {
  const treatment = tHits / tN;
  const control = cHits / cN;
  const absolute = treatment - control;
  const lift: LiftOut = {
    control,
    treatment,
    absolute,
    relative: control > 0 ? absolute / control : null,
    ci95: differenceOfProportionsCi(tHits, tN, cHits, cN),
    valuePerSession: roundMoney(absolute * amount),
  };
  if (control === 0) lift.relativeReason = 'the control rate is 0: a relative lift is undefined';
  return lift;
}
