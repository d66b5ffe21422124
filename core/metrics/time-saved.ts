import type { Report, TaskTimeSaved } from '../report/report-types';
import type { YardstickEvent } from '../schema/event';
import type { ValueModel } from '../schema/value-model';
import { hourlyRateFor } from './hourly-rate';
import { roundMinutes, roundMoney } from './round';

// Modeled time saved. Imports stay minimal (no zod, no report builder): the widget's badge and the
// extension's overlay call `timeSavedOf` on one user's local events from a ~10 KB bundle.

/** The report's `timeSaved` without the measured comparison (which needs the holdout). */
export type TimeSavedSummary = Omit<Report['timeSaved'], 'measured'>;

/** Minutes one completion saves: the task's manual minutes minus its measured duration, never below zero. */
export function savedMinutes(manualMinutes: number, durationMs: number | undefined): number {
  const spent = durationMs === undefined || !(durationMs > 0) ? 0 : durationMs / 60_000;
  return manualMinutes > spent ? manualMinutes - spent : 0;
}

/** Running sums of modeled time saved; `summarize` rounds once at the end. */
export interface TimeSavedTally {
  minutes: number;
  value: number;
  completions: number;
  byTask: Map<string, TaskTimeSaved>;
  byUser: Map<string, { minutes: number; value: number }>;
  byApp: Map<string, { minutes: number; value: number }>;
}

export function newTimeSavedTally(): TimeSavedTally {
  return { minutes: 0, value: 0, completions: 0, byTask: new Map(), byUser: new Map(), byApp: new Map() };
}

/** Adds `count` completions of `task` that together saved `minutes`, priced at `hourlyRate`. */
export function tallyCompletion(
  tally: TimeSavedTally,
  model: Pick<ValueModel, 'tasks'>,
  task: string,
  user: string,
  appId: string | undefined,
  minutes: number,
  hourlyRate: number,
  count = 1,
): void {
  const value = (minutes / 60) * hourlyRate;
  tally.minutes += minutes;
  tally.value += value;
  tally.completions += count;
  let t = tally.byTask.get(task);
  if (t === undefined) {
    t = { completions: 0, manualMinutes: model.tasks[task]?.manualMinutes ?? 0, minutes: 0, value: 0, grade: 'modeled' };
    tally.byTask.set(task, t);
  }
  t.completions += count;
  t.minutes += minutes;
  t.value += value;
  bump(tally.byUser, user, minutes, value);
  if (appId !== undefined) bump(tally.byApp, appId, minutes, value);
}

function bump(map: Map<string, { minutes: number; value: number }>, key: string, minutes: number, value: number): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, { minutes, value });
  else {
    entry.minutes += minutes;
    entry.value += value;
  }
}

/** The tally as the report shows it: minutes to 0.01, money to cents, keys sorted. */
export function summarizeTimeSaved(tally: TimeSavedTally): TimeSavedSummary {
  const byTask: Record<string, TaskTimeSaved> = {};
  for (const key of [...tally.byTask.keys()].sort()) {
    const t = tally.byTask.get(key)!;
    byTask[key] = { ...t, minutes: roundMinutes(t.minutes), value: roundMoney(t.value) };
  }
  return {
    minutes: roundMinutes(tally.minutes),
    value: roundMoney(tally.value),
    completions: tally.completions,
    byTask,
    byUser: roundedRecord(tally.byUser),
    byApp: roundedRecord(tally.byApp),
  };
}

function roundedRecord(map: Map<string, { minutes: number; value: number }>): Record<string, { minutes: number; value: number }> {
  const out: Record<string, { minutes: number; value: number }> = {};
  for (const key of [...map.keys()].sort()) {
    const e = map.get(key)!;
    out[key] = { minutes: roundMinutes(e.minutes), value: roundMoney(e.value) };
  }
  return out;
}

/**
 * Modeled time saved over already-validated events: each `task_completed` of a task the model
 * knows saves max(0, manualMinutes - durationMs / 60000) minutes at the hourly rate of the event's
 * role, else the user's latest identified role, else the task's role, else the default.
 * Completions of tasks the model does not list save nothing and are not counted.
 */
export function timeSavedOf(events: readonly YardstickEvent[], model: ValueModel): TimeSavedSummary {
  const roles = new Map<string, { role: string | undefined; ts: number }>();
  for (const e of events) {
    if (e.name !== 'identify') continue;
    const actor = e.userId ?? e.anonymousId ?? '';
    const prev = roles.get(actor);
    if (prev !== undefined && prev.ts > e.ts) continue;
    const traits = e.props.traits as { role?: unknown } | undefined;
    roles.set(actor, { role: typeof traits?.role === 'string' ? traits.role : undefined, ts: e.ts });
  }
  const tally = newTimeSavedTally();
  for (const e of events) {
    if (e.name !== 'task_completed') continue;
    const task = e.props.task;
    if (typeof task !== 'string' || !Object.hasOwn(model.tasks, task)) continue;
    const spec = model.tasks[task]!;
    const actor = e.userId ?? e.anonymousId ?? '';
    const durationMs = typeof e.props.durationMs === 'number' ? e.props.durationMs : undefined;
    const eventRole = typeof e.props.role === 'string' ? e.props.role : undefined;
    const rate = hourlyRateFor(model, { eventRole, userRole: roles.get(actor)?.role, taskRole: spec.role });
    tallyCompletion(tally, model, task, actor, e.appId, savedMinutes(spec.manualMinutes, durationMs), rate);
  }
  return summarizeTimeSaved(tally);
}
