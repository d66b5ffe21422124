// Builders for unit tests of core's metrics and report (imported only by *.test.ts files).
import type { YardstickEvent } from '../schema/event';
import { parseValueModel, type ValueModel, type ValueModelInput } from '../schema/value-model';

export const T0 = Date.UTC(2024, 10, 18, 9, 0, 0); // Monday 18 Nov 2024, 09:00 UTC
export const MIN = 60_000;

/** The issue's example model, with overrides. */
export function testModel(overrides: Partial<ValueModelInput> = {}): ValueModel {
  const result = parseValueModel({
    currency: 'USD',
    defaultHourlyRate: 50,
    roles: { developer: 90, customer: 25, support_agent: 40, sales_rep: 60 },
    tasks: { export_report: { manualMinutes: 20, role: 'developer' }, share: { manualMinutes: 5 } },
    outcomes: {
      issue_resolved_self_service: { amount: 50, valueType: 'cost_avoided' },
      churn_prevented: { amount: 2000, valueType: 'churn_prevented' },
      maybe_upsell: { amount: 1000, valueType: 'revenue_enabled', probability: 0.25 },
    },
    goals: { issue_resolved: { amount: 50, valueType: 'cost_avoided' } },
    proxies: { nps: { amountPerUnit: 50 } },
    ticketCost: 20,
    deflectionWindowMinutes: 30,
    activation: { start: 'signup', end: 'activation' },
    help: {
      'export-help': { task: 'export_report', title: 'Export', body: 'How to export' },
      'general-help': { title: 'Help', body: 'General help' },
    },
    holdout: { fraction: 0.1 },
    ...overrides,
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.model;
}

let counter = 0;

/** A validated event; `id` defaults to a fresh one, `userId` to u1, `ts` to T0. */
export function ev(name: string, props: Record<string, unknown> = {}, fields: Partial<YardstickEvent> = {}): YardstickEvent {
  counter++;
  return { id: `t${counter}`, name, ts: T0, userId: 'u1', props, ...fields };
}
