import type { Report, TtvCohort } from '../report/report-types';
import type { Cohort } from '../schema/event';
import { mean, median } from '../stats/median';
import type { FactStore, UserFacts } from './facts';

// Time-to-value per cohort: the users are those with a start event (model.activation.start); a
// user is activated when an end event (model.activation.end) falls at or after their first start,
// and the first such end counts. Users not activated yet stay in `users`; a user's cohort is the
// cohort on their earliest event that carries one; users without one are in neither cohort.

/** Milliseconds from a user's first start to their first end at or after it, or null. */
export function timeToValueOf(u: UserFacts): number | null {
  if (!Number.isFinite(u.ttvStart) || u.ttvEnds === null) return null;
  let best = Number.POSITIVE_INFINITY;
  for (const end of u.ttvEnds) if (end >= u.ttvStart && end < best) best = end;
  return Number.isFinite(best) ? best - u.ttvStart : null;
}

export function ttvCohort(durations: readonly number[], users: number): TtvCohort {
  return {
    users,
    activated: durations.length,
    activationRate: users > 0 ? durations.length / users : null,
    meanMs: mean(durations),
    medianMs: median(durations),
  };
}

export function ttvOf(store: FactStore): Report['ttv'] {
  const durations: Record<Cohort, number[]> = { treatment: [], control: [] };
  const users: Record<Cohort, number> = { treatment: 0, control: 0 };
  for (const u of store.users.values()) {
    if (u.cohort === undefined || !Number.isFinite(u.ttvStart)) continue;
    users[u.cohort]++;
    const ms = timeToValueOf(u);
    if (ms !== null) durations[u.cohort].push(ms);
  }
  const treatment = ttvCohort(durations.treatment, users.treatment);
  const control = ttvCohort(durations.control, users.control);
  return { treatment, control, ...reductionOf(treatment, control) };
}

/** (control mean - treatment mean) / control mean: the share of the wait that treatment removed. */
export function reductionOf(treatment: TtvCohort, control: TtvCohort): Pick<Report['ttv'], 'reduction' | 'reductionReason'> {
  if (control.meanMs === null) return { reduction: null, reductionReason: 'no activated user in the control cohort' };
  if (treatment.meanMs === null) return { reduction: null, reductionReason: 'no activated user in the treatment cohort' };
  if (control.meanMs === 0) return { reduction: null, reductionReason: 'control users activate instantly (mean 0 ms)' };
  return { reduction: (control.meanMs - treatment.meanMs) / control.meanMs };
}
