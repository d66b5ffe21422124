import { describe, expect, it } from 'vitest';
import { MIN, T0, testModel } from '../metrics/test-kit';
import { buildReport, createReportBuilder } from './build-report';
import type { Report } from './report-types';

const model = testModel();
let n = 0;
const e = (name: string, props: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) => ({
  id: `r${++n}`,
  name,
  ts: T0,
  userId: 'u1',
  cohort: 'treatment',
  sessionId: 's1',
  props,
  ...fields,
});

/** Every number in the report is finite (no NaN, no Infinity). */
function finiteEverywhere(x: unknown, path = ''): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [path];
  if (x === null || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) => finiteEverywhere(v, `${path}.${k}`));
}

describe('reading lines', () => {
  it('skips blank lines, counts every other line, and reports each rejection with its line and reason', () => {
    const b = createReportBuilder(model);
    const good = JSON.stringify(e('signup', {}, { id: 'dup' }));
    const lines = [
      '',
      '   ',
      'not json',
      JSON.stringify({ id: 'x', name: 'goal', ts: 1, userId: 'u' }),
      good,
      good,
      '{"id":"dup","name":"cost"}',
    ];
    for (const [i, line] of lines.entries()) b.addLine(line, i + 1);
    const r = b.finish();
    // The last line reuses an id but is not a valid event: rejected, not a duplicate.
    expect(r.events).toMatchObject({ read: 5, accepted: 1, rejected: 3, duplicates: 1, outOfRange: 0 });
    expect(r.events.rejections.map((x) => x.line)).toEqual([3, 4, 7]);
    expect(r.events.rejections[0]!.reason).toMatch(/not valid JSON/);
    expect(r.events.rejections[1]!.reason).toMatch(/props\.goal/);
  });

  it('keeps the first maxRejections rejections but counts them all', () => {
    const b = createReportBuilder(model, { maxRejections: 2 });
    for (let i = 1; i <= 5; i++) b.addLine('{', i);
    expect(b.finish().events).toMatchObject({ read: 5, rejected: 5, rejections: [{ line: 1 }, { line: 2 }] });
  });

  it('lets the first copy of a duplicate id win', () => {
    const r = buildReport(model, [
      e('cost', { amount: 10, category: 'seat' }, { id: 'same' }),
      e('cost', { amount: 99, category: 'seat' }, { id: 'same' }),
    ]);
    expect(r.costs.total).toBe(10);
    expect(r.events.duplicates).toBe(1);
  });

  it('leaves events outside from/to out (bounds included) and counts them', () => {
    const r = buildReport(
      model,
      [0, 1, 2, 3].map((i) => e('cost', { amount: 1, category: 'seat' }, { ts: T0 + i * MIN })),
      { from: T0 + MIN, to: T0 + 2 * MIN },
    );
    expect(r.events).toMatchObject({ accepted: 2, outOfRange: 2 });
    expect(r.range).toEqual({ from: T0 + MIN, to: T0 + 2 * MIN });
  });

  it('accepts ISO timestamps', () => {
    const r = buildReport(model, [e('cost', { amount: 5, category: 'seat' }, { ts: '2024-11-18T09:00:00Z' })], {
      from: T0,
      to: T0,
    });
    expect(r.events.accepted).toBe(1);
  });
});

describe('a hand-worked report', () => {
  const events = [
    // 20 - 5 = 15 min at developer 90/h = 22.50 (time_saved, modeled)
    e('task_completed', { task: 'export_report', durationMs: 5 * MIN }),
    // 30 min at support_agent 40/h = 20.00 (productivity_gain, modeled)
    e('value', { valueType: 'productivity_gain', minutes: 30, role: 'support_agent' }),
    // 100 x 0.7 + 20 x 0.5 = 80.00 realized; outcome deal-1 weights 1.2: flagged
    e('value', { valueType: 'revenue_enabled', amount: 100, attributionWeight: 0.7, outcome: 'deal-1' }),
    e('value', { valueType: 'revenue_enabled', amount: 20, attributionWeight: 0.5, outcome: 'deal-1' }),
    // 50 realized (cost_avoided, assumed); a missed goal adds an attempt only
    e('goal', { goal: 'issue_resolved', achieved: true }),
    e('goal', { goal: 'issue_resolved', achieved: false }, { cohort: undefined, sessionId: 's2' }),
    // potential: 2000 x 0.1 = 200 (churn_prevented) and 2 x 50 = 100 (proxy)
    e('outcome', { outcome: 'churn_prevented', probability: 0.1 }),
    e('proxy', { metric: 'nps', delta: 2 }),
    e(
      'cost',
      { amount: 40, category: 'seat' },
      { anonymousId: 'ops', userId: undefined, cohort: undefined, sessionId: undefined },
    ),
  ];
  const r = buildReport(model, events);

  it('keeps realized and potential value apart, by type', () => {
    expect(r.value).toMatchObject({
      realized: 172.5,
      potential: 300,
      byType: { time_saved: 22.5, productivity_gain: 20, revenue_enabled: 80, cost_avoided: 50 },
      potentialByType: { churn_prevented: 200, proxy: 100 },
    });
    expect(r.value.byWeek).toEqual([{ week: '2024-11-18', byType: r.value.byType }]);
  });

  it('rates value to cost, with potential apart, and per session', () => {
    expect(r.costs).toEqual({ total: 40, byCategory: { seat: 40 } });
    expect(r.roi.valueToCost).toBeCloseTo(172.5 / 40, 12);
    expect(r.roi.rating).toBe('strong');
    expect(r.roi.withPotential.valueToCost).toBeCloseTo(472.5 / 40, 12);
    expect(r.sessions).toEqual({ count: 2, valuePerSession: 86.25, costPerSession: 20, netValuePerSession: 66.25 });
  });

  it('flags attribution above 1 and counts users with and without a cohort', () => {
    expect(r.attribution.flagged).toEqual(['deal-1']);
    expect(r.attribution.outcomes['deal-1']).toEqual({ totalWeight: 1.2, value: 80, flagged: true });
    expect(r.users).toEqual({ count: 2, byCohort: { treatment: 1, control: 0 }, withoutCohort: 1 });
  });

  it('reports goals with null lift and reason when there is no control group', () => {
    expect(r.goals.issue_resolved).toMatchObject({ attempts: 2, achieved: 1, achievementRate: 0.5, lift: null });
    expect(r.goals.issue_resolved!.liftReason).toMatch(/control/);
    expect(r.ttv.reduction).toBeNull();
    expect(r.deflection.causal).toBeNull();
    expect(r.deflection.differenceInDifferences).toBeNull();
    expect(r.deflection.differenceInDifferencesReason).toMatch(/launchAt/);
  });

  it('has evidence for each figure and never NaN or Infinity', () => {
    expect(finiteEverywhere(r)).toEqual([]);
    for (const path of [
      'value.realized',
      'timeSaved.minutes',
      'costs.total',
      'roi.valueToCost',
      'deflection.deflected',
      'goals.issue_resolved.lift',
    ]) {
      expect(r.evidence[path], path).toBeDefined();
    }
    expect(r.evidence['value.byType.time_saved']!.grade).toBe('modeled');
    expect(r.evidence['value.byType.revenue_enabled']!.grade).toBe('assumed');
    expect(r.evidence['value.realized']!.grade).toBe('assumed');
    expect(r.evidence['timeSaved.measured']!.grade).toBe('measured');
  });

  it('gives the same report whatever the order of the events', () => {
    const reversed = buildReport(model, [...events].reverse());
    expect(reversed).toEqual(r);
  });
});

describe('zero cost and empty input', () => {
  it('gives null ratios with reasons, never Infinity', () => {
    const r: Report = buildReport(model, [e('goal', { goal: 'issue_resolved', achieved: true })]);
    expect(r.roi).toMatchObject({ valueToCost: null, rating: null, withPotential: { valueToCost: null } });
    expect(r.roi.valueToCostReason).toBe('no cost recorded: add cost events');
    expect(finiteEverywhere(buildReport(model, []))).toEqual([]);
  });
});

describe('difference-in-differences', () => {
  it('compares tickets per active user-week before and after launchAt', () => {
    const launch = T0;
    const week = 7 * 24 * 60 * MIN;
    const events = [
      // treatment: 2 tickets in 1 user-week before, 0 in 1 user-week after
      e('ticket_opened', {}, { userId: 't', ts: launch - week }),
      e('ticket_opened', {}, { userId: 't', ts: launch - week + 1 }),
      e('signup', {}, { userId: 't', ts: launch + MIN }),
      // control: 1 ticket before, 1 after
      e('ticket_opened', {}, { userId: 'c', cohort: 'control', ts: launch - week }),
      e('ticket_opened', {}, { userId: 'c', cohort: 'control', ts: launch + MIN }),
    ];
    const r = buildReport(testModel({ launchAt: new Date(launch).toISOString() }), events);
    expect(r.deflection.differenceInDifferences).toEqual({
      launchAt: launch,
      treatmentBefore: 2,
      treatmentAfter: 0,
      controlBefore: 1,
      controlAfter: 1,
      estimate: -2,
    });
  });
});
