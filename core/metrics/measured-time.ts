import type { MeasuredTimeSaved } from '../report/report-types';
import type { ValueModel } from '../schema/value-model';
import { bootstrapMedianDifferences, type ClusteredValues, type TaskBootstrap } from '../stats/bootstrap';
import {
  CONTROL,
  DONE_STRIDE,
  doneCohort,
  doneDuration,
  doneRole,
  doneTask,
  doneTs,
  type FactStore,
  START_STRIDE,
  TREATMENT,
  type UserFacts,
} from './facts';
import { hourlyRateFor } from './hourly-rate';
import { roundMinutes, roundMoney } from './round';

// Time saved, measured against the holdout. A completion's duration is its `durationMs`, else the
// time since the same user's latest `task_started` of that task after their previous completion of
// it (a start at the same ms as the completion counts). Per task, the median duration per cohort
// (the completion's cohort); saved per completion = control median - treatment median, with a 95%
// bootstrap interval over users; times the treatment completions (all of them, timed or not);
// priced at each treatment completion's hourly rate. Negative when treatment is slower. Users are
// indexed in id order, so the intervals depend on the data and the seed, not on arrival order.

interface Timed {
  values: number[];
  /** The user index (see `CohortUsers`) of each value. */
  owners: number[];
}

interface TaskSamples {
  control: Timed;
  treatment: Timed;
  treatmentCompletions: number;
  /** Sum of hourly rates over treatment completions, to price the saved time. */
  treatmentRateSum: number;
}

/** Users of one cohort with at least one timed completion, indexed in id order. */
class CohortUsers {
  readonly index = new Map<string, number>();
  of(actor: string): number {
    let i = this.index.get(actor);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(actor, i);
    }
    return i;
  }
}

/**
 * Durations of each completion of `u`, aligned with its sealed `done` (NaN when unknown): the
 * explicit `durationMs`, else the time since the task's latest unpaired start. `pairedStarts`, when
 * given, receives for each completion the index of the start it was timed from (-1 for none).
 */
export function completionDurations(u: UserFacts, pairedStarts?: number[]): number[] {
  const done = u.done ?? [];
  const starts = u.starts ?? [];
  const out: number[] = [];
  // task -> offset in `starts` of its latest start not yet paired with a completion
  const pending = new Map<number, number>();
  let s = 0;
  for (let k = 0; k < done.length / DONE_STRIDE; k++) {
    const ts = doneTs(done, k);
    for (; s < starts.length && starts[s]! <= ts; s += START_STRIDE) pending.set(starts[s + 1]!, s);
    const task = doneTask(done, k);
    const explicit = doneDuration(done, k);
    const started = pending.get(task);
    const paired = Number.isNaN(explicit) && started !== undefined;
    out.push(!Number.isNaN(explicit) ? explicit : started !== undefined ? ts - starts[started]! : Number.NaN);
    pairedStarts?.push(paired ? started / START_STRIDE : -1);
    pending.delete(task);
  }
  return out;
}

export function measuredTimeSavedOf(store: FactStore, model: ValueModel, seed: number, iterations?: number): MeasuredTask[] {
  const tasks = new Map<number, TaskSamples>();
  const controlUsers = new CohortUsers();
  const treatmentUsers = new CohortUsers();
  for (const actor of [...store.users.keys()].sort()) {
    const u = store.users.get(actor)!;
    if (u.done === null) continue;
    const durations = completionDurations(u);
    for (let k = 0; k < u.done.length / DONE_STRIDE; k++) {
      const cohort = doneCohort(u.done, k);
      if (cohort !== TREATMENT && cohort !== CONTROL) continue;
      const taskIndex = doneTask(u.done, k);
      let t = tasks.get(taskIndex);
      if (t === undefined) {
        t = {
          control: { values: [], owners: [] },
          treatment: { values: [], owners: [] },
          treatmentCompletions: 0,
          treatmentRateSum: 0,
        };
        tasks.set(taskIndex, t);
      }
      if (cohort === TREATMENT) {
        const roleIndex = doneRole(u.done, k);
        t.treatmentCompletions++;
        t.treatmentRateSum += hourlyRateFor(model, {
          eventRole: roleIndex >= 0 ? store.roles.names[roleIndex] : undefined,
          userRole: u.role,
          taskRole: model.tasks[store.tasks.names[taskIndex]!]?.role,
        });
      }
      const d = durations[k]!;
      if (Number.isNaN(d)) continue;
      const timed = cohort === TREATMENT ? t.treatment : t.control;
      timed.values.push(d);
      timed.owners.push((cohort === TREATMENT ? treatmentUsers : controlUsers).of(actor));
    }
  }
  const named = [...tasks.entries()]
    .map(([i, t]) => [store.tasks.names[i]!, t] as const)
    .filter(([, t]) => t.control.values.length > 0 || t.treatment.values.length > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // One bootstrap for all tasks: users are resampled once per round (see bootstrap.ts).
  const control: ClusteredValues = { users: controlUsers.index.size, tasks: named.map(([, t]) => t.control) };
  const treatment: ClusteredValues = { users: treatmentUsers.index.size, tasks: named.map(([, t]) => t.treatment) };
  const result = bootstrapMedianDifferences(control, treatment, seed, iterations);
  return named.map(([task, t], k) => measuredTask(task, t, result.tasks[k]!, result.iterations));
}

export type MeasuredTask = MeasuredTimeSaved & { bootstrapIterations: number };

function measuredTask(task: string, t: TaskSamples, b: TaskBootstrap, bootstrapIterations: number): MeasuredTask {
  const controlMedianMs = b.controlMedian;
  const treatmentMedianMs = b.treatmentMedian;
  const ci95Ms = b.ci95;
  const base = { task, controlMedianMs, treatmentMedianMs, treatmentCompletions: t.treatmentCompletions, bootstrapIterations };
  if (controlMedianMs === null || treatmentMedianMs === null || ci95Ms === null) {
    const missing = controlMedianMs === null ? 'control' : 'treatment';
    return {
      ...base,
      savedMsPerCompletion: null,
      ci95Ms: null,
      minutes: null,
      value: null,
      reason: `no timed completion of ${task} in the ${missing} cohort`,
    };
  }
  const saved = controlMedianMs - treatmentMedianMs;
  return {
    ...base,
    savedMsPerCompletion: saved,
    ci95Ms,
    minutes: roundMinutes((saved * t.treatmentCompletions) / 60_000),
    value: roundMoney((saved / 3_600_000) * t.treatmentRateSum),
  };
}
