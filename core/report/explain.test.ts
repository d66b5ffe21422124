import { describe, expect, it } from 'vitest';
import { MIN, T0, testModel } from '../metrics/test-kit';
import { buildReport, createReportBuilder } from './build-report';

const model = testModel();
const base = { ts: T0, userId: 'u1', cohort: 'treatment' };
const events = [
  { ...base, id: 'sig', name: 'confusion', props: { signal: 'rage_click', episodeId: 'e1' } },
  { ...base, id: 'help', name: 'help_shown', ts: T0 + MIN, props: { helpId: 'export-help', episodeId: 'e1', trigger: 'x' } },
  { ...base, id: 'done', name: 'task_completed', ts: T0 + 2 * MIN, props: { task: 'export_report' } },
  { ...base, id: 'other', name: 'task_completed', ts: T0 + 3 * MIN, props: { task: 'unlisted' } },
  { ...base, id: 'win', name: 'goal', props: { goal: 'issue_resolved', achieved: true } },
  { ...base, id: 'miss', name: 'goal', props: { goal: 'issue_resolved', achieved: false } },
  { ...base, id: 'seat', name: 'cost', props: { amount: 5, category: 'seat' } },
  { ...base, id: 'llm', name: 'cost', props: { amount: 1, category: 'llm' } },
  { ...base, id: 'maybe', name: 'outcome', props: { outcome: 'churn_prevented', probability: 0.5 } },
  { ...base, id: 'signup', name: 'signup', userId: 'u2', props: {} },
  { ...base, id: 'act', name: 'activation', userId: 'u2', ts: T0 + MIN, props: {} },
  { ...base, id: 'late', name: 'signup', userId: 'u3', props: {} },
];

const explain = (metric: string) => buildReport(model, events, { explain: metric }).explain;

describe('--explain', () => {
  it.each([
    ['deflection.deflected', ['sig', 'help', 'done']],
    ['deflection.helpShown', ['sig', 'help', 'done']],
    ['timeSaved.minutes', ['done']],
    ['timeSaved.byTask.export_report', ['done']],
    ['value.byType.cost_avoided', ['win']],
    ['value.potential', ['maybe']],
    ['value.realized', ['win', 'done', 'sig', 'help']],
    ['goals.issue_resolved.achieved', ['win']],
    ['goals.issue_resolved.attempts', ['win', 'miss']],
    ['goals.issue_resolved.lift.ci95', ['win', 'miss']],
    ['costs.total', ['seat', 'llm']],
    ['costs.byCategory.llm', ['llm']],
    ['roi.valueToCost', ['win', 'seat', 'llm', 'done', 'sig', 'help']],
    ['ttv.treatment.users', ['signup', 'act', 'late']],
    ['ttv.treatment.activated', ['signup', 'act']],
    ['users.count', ['sig', 'signup', 'late']],
  ])('%s lists the events behind it', (metric, ids) => {
    const r = explain(metric);
    expect(r?.metric).toBe(metric);
    expect([...r!.eventIds].sort()).toEqual([...ids].sort());
  });

  it('timeSaved.measured lists each timed completion with the start it was timed from', () => {
    const user = (id: string, cohort: string) => ({ userId: id, cohort });
    const timed = [
      { ...user('t1', 'treatment'), id: 'start-t1', name: 'task_started', ts: T0, props: { task: 'export_report' } },
      { ...user('t1', 'treatment'), id: 'done-t1', name: 'task_completed', ts: T0 + 4 * MIN, props: { task: 'export_report' } },
      // An explicit duration needs no start; a completion with neither is not timed.
      {
        ...user('t2', 'treatment'),
        id: 'done-t2',
        name: 'task_completed',
        ts: T0,
        props: { task: 'export_report', durationMs: MIN },
      },
      { ...user('t3', 'treatment'), id: 'untimed', name: 'task_completed', ts: T0, props: { task: 'export_report' } },
      { ...user('c1', 'control'), id: 'start-c1', name: 'task_started', ts: T0, props: { task: 'export_report' } },
      { ...user('c1', 'control'), id: 'done-c1', name: 'task_completed', ts: T0 + 9 * MIN, props: { task: 'export_report' } },
      // A start that no completion followed is not evidence of anything.
      { ...user('c1', 'control'), id: 'dangling', name: 'task_started', ts: T0 + 10 * MIN, props: { task: 'export_report' } },
    ];
    const r = buildReport(model, timed, { explain: 'timeSaved.measured.export_report' }).explain;
    expect([...r!.eventIds].sort()).toEqual(['done-c1', 'done-t1', 'done-t2', 'start-c1', 'start-t1']);
  });

  it('throws at creation for an unknown figure, listing the supported ones', () => {
    expect(() => createReportBuilder(model, { explain: 'value.bogus' })).toThrow(
      /cannot explain "value\.bogus".*deflection\.deflected/,
    );
    expect(() => createReportBuilder(model, { explain: 'ttv.reduction.x' })).toThrow();
  });

  it('adds no explain section without the option', () => {
    expect(buildReport(model, events).explain).toBeUndefined();
  });
});
