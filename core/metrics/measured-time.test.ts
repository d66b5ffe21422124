import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { FactStore } from './facts';
import { completionDurations, measuredTimeSavedOf } from './measured-time';
import { ev, MIN, T0, testModel } from './test-kit';

const model = testModel();

function store(events: YardstickEvent[]): FactStore {
  const s = new FactStore();
  for (const e of events) s.add(e);
  s.seal();
  return s;
}

const done = (userId: string, cohort: 'treatment' | 'control', durationMs: number, ts = T0) =>
  ev('task_completed', { task: 'export_report', durationMs }, { userId, cohort, ts });

describe('completion durations', () => {
  it('pairs each completion with the latest start since the previous completion, else uses durationMs', () => {
    const s = store([
      ev('task_started', { task: 'export_report' }, { ts: T0 }),
      ev('task_started', { task: 'export_report' }, { ts: T0 + MIN }), // a restart: the latest start counts
      ev('task_completed', { task: 'export_report' }, { ts: T0 + 3 * MIN }),
      ev('task_completed', { task: 'export_report' }, { ts: T0 + 4 * MIN }), // no start since: unknown
      ev('task_completed', { task: 'export_report', durationMs: 1234 }, { ts: T0 + 5 * MIN }),
      ev('task_started', { task: 'share' }, { ts: T0 + 6 * MIN }),
      ev('task_completed', { task: 'share' }, { ts: T0 + 6 * MIN }), // same ms: counts, 0
    ]);
    expect(completionDurations(s.users.get('u1')!)).toEqual([2 * MIN, Number.NaN, 1234, 0]);
  });
});

describe('measured time saved', () => {
  const events = [
    done('c1', 'control', 10 * MIN),
    done('c1', 'control', 12 * MIN),
    done('c2', 'control', 14 * MIN),
    done('t1', 'treatment', 4 * MIN),
    done('t2', 'treatment', 6 * MIN),
    ev('task_completed', { task: 'export_report' }, { userId: 't3', cohort: 'treatment' }), // untimed, still a completion
  ];

  it('multiplies the difference of medians by all treatment completions, at their rates', () => {
    // control median 12 min, treatment median 5 min: 7 min x 3 completions = 21 min at developer 90/h = 31.50
    const [m] = measuredTimeSavedOf(store(events), model, 1, 200);
    expect(m).toMatchObject({
      task: 'export_report',
      controlMedianMs: 12 * MIN,
      treatmentMedianMs: 5 * MIN,
      savedMsPerCompletion: 7 * MIN,
      treatmentCompletions: 3,
      minutes: 21,
      value: 31.5,
    });
    const [lo, hi] = m!.ci95Ms!;
    expect(lo).toBeLessThanOrEqual(7 * MIN);
    expect(hi).toBeGreaterThanOrEqual(7 * MIN);
  });

  it('is deterministic for a seed and independent of event order', () => {
    const a = measuredTimeSavedOf(store(events), model, 7, 300);
    expect(measuredTimeSavedOf(store([...events].reverse()), model, 7, 300)).toEqual(a);
  });

  it('is null with a reason when a cohort has no timed completion', () => {
    const [m] = measuredTimeSavedOf(store([done('t1', 'treatment', MIN)]), model, 1, 100);
    expect(m).toMatchObject({ savedMsPerCompletion: null, ci95Ms: null, minutes: null, value: null, controlMedianMs: null });
    expect(m!.reason).toMatch(/control/);
  });

  it('leaves completions without a cohort out', () => {
    expect(measuredTimeSavedOf(store([ev('task_completed', { task: 'share', durationMs: 5 })]), model, 1)).toEqual([]);
  });
});
