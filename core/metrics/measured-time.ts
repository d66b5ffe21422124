import type { MeasuredTimeSaved } from '../report/report-types';
import type { ValueModel } from '../schema/value-model';
import { bootstrapIterationsFor, bootstrapMedianDifferences, type ClusteredValues, type TaskBootstrap } from '../stats/bootstrap';
import { CONTROL, DONE_STRIDE, type FactStore, START_STRIDE, TREATMENT, type UserFacts } from './facts';
import { hourlyRateFor } from './hourly-rate';
import { roundMinutes, roundMoney } from './round';

// Time saved, measured against the holdout. A completion's duration is its `durationMs`, else the
// time since the same user's latest `task_started` of that task after their previous completion of
// it (a start at the same ms as the completion counts). Per task, the median duration per cohort
// (the completion's cohort); saved per completion = control median - treatment median, with a 95%
// bootstrap interval over users; times the treatment completions (all of them, timed or not);
// priced at each treatment completion's hourly rate. Negative when treatment is slower. Users are
// indexed in id order, so the intervals depend on the data and the seed, not on arrival order.

interface TaskSamples {
  /** Durations per user index of the cohort (see `CohortUsers`). */
  control: Map<number, number[]>;
  treatment: Map<number, number[]>;
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

/** Durations of each completion of `u`, aligned with its sealed `done` (NaN when unknown). */
export function completionDurations(u: UserFacts): number[] {
  const done = u.done ?? [];
  const starts = u.starts ?? [];
  const out: number[] = [];
  const pending = new Map<number, number>();
  let s = 0;
  for (let i = 0; i < done.length; i += DONE_STRIDE) {
    const ts = done[i]!;
    for (; s < starts.length && starts[s]! <= ts; s += START_STRIDE) pending.set(starts[s + 1]!, starts[s]!);
    const task = done[i + 1]!;
    const explicit = done[i + 2]!;
    const started = pending.get(task);
    out.push(!Number.isNaN(explicit) ? explicit : started !== undefined ? ts - started : Number.NaN);
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
    for (let i = 0, k = 0; i < u.done.length; i += DONE_STRIDE, k++) {
      const cohort: number = u.done[i + 5]!;
      if (cohort !== TREATMENT && cohort !== CONTROL) continue;
      const taskIndex: number = u.done[i + 1]!;
      let t = tasks.get(taskIndex);
      if (t === undefined) {
        t = { control: new Map(), treatment: new Map(), treatmentCompletions: 0, treatmentRateSum: 0 };
        tasks.set(taskIndex, t);
      }
      if (cohort === TREATMENT) {
        const roleIndex = u.done[i + 3]!;
        t.treatmentCompletions++;
        t.treatmentRateSum += hourlyRateFor(model, {
          eventRole: roleIndex >= 0 ? store.roles.names[roleIndex] : undefined,
          userRole: u.role,
          taskRole: model.tasks[store.tasks.names[taskIndex]!]?.role,
        });
      }
      const d = durations[k]!;
      if (Number.isNaN(d)) continue;
      const [group, users] = cohort === TREATMENT ? [t.treatment, treatmentUsers] : [t.control, controlUsers];
      const user = users.of(actor);
      const list = group.get(user);
      if (list === undefined) group.set(user, [d]);
      else list.push(d);
    }
  }
  const named = [...tasks.entries()]
    .map(([i, t]) => [store.tasks.names[i]!, t] as const)
    .filter(([, t]) => t.control.size > 0 || t.treatment.size > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // One bootstrap for all tasks: users are resampled once per round (see bootstrap.ts).
  const clustered = (users: CohortUsers, pick: (t: TaskSamples) => Map<number, number[]>): ClusteredValues => ({
    users: users.index.size,
    tasks: named.map(([, t]) => {
      const byUser = pick(t);
      return Array.from({ length: users.index.size }, (_, u) => byUser.get(u) ?? []);
    }),
  });
  const control = clustered(controlUsers, (t) => t.control);
  const treatment = clustered(treatmentUsers, (t) => t.treatment);
  const iterationsUsed = iterations ?? bootstrapIterationsFor(control, treatment);
  const intervals = bootstrapMedianDifferences(control, treatment, seed, iterationsUsed);
  return named.map(([task, t], k) => measuredTask(task, t, intervals[k]!, iterationsUsed));
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
