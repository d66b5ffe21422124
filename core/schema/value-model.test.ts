import { describe, expect, it } from 'vitest';
import { parseValueModel, roleRate } from './value-model';

const issueExample = {
  currency: 'USD',
  defaultHourlyRate: 50,
  roles: { developer: 90, customer: 25, support_agent: 40, sales_rep: 60 },
  tasks: { export_report: { manualMinutes: 20, role: 'developer' } },
  outcomes: {
    issue_resolved_self_service: { amount: 50, valueType: 'cost_avoided' },
    churn_prevented: { amount: 2000, valueType: 'churn_prevented' },
  },
  goals: { issue_resolved: { amount: 50, valueType: 'cost_avoided' } },
  proxies: { nps: { amountPerUnit: 50 } },
  ticketCost: 20,
  deflectionWindowMinutes: 30,
  activation: { start: 'signup', end: 'activation' },
  help: {
    'export-help': {
      task: 'export_report',
      selectors: ['#export'],
      signals: ['rage_click', 'dead_click'],
      routes: ['/reports'],
      title: 'Exporting a report',
      body: 'Pick a date range first.',
      url: 'https://help.example.com/export',
    },
  },
  holdout: { fraction: 0.1 },
};

describe('parseValueModel', () => {
  it("accepts the issue's example model", () => {
    const result = parseValueModel(issueExample);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.model.tasks.export_report).toEqual({ manualMinutes: 20, role: 'developer' });
      expect(result.model.holdout).toEqual({ fraction: 0.1, salt: 'yardstick' });
    }
  });

  it('fills documented defaults for a minimal model', () => {
    const result = parseValueModel({ defaultHourlyRate: 40 });
    expect(result.ok && result.model).toMatchObject({
      currency: 'USD',
      ticketCost: 0,
      deflectionWindowMinutes: 30,
      activation: { start: 'signup', end: 'activation' },
      holdout: { fraction: 0.1 },
    });
  });

  it('names each bad field and what it should be', () => {
    const result = parseValueModel({
      ...issueExample,
      currency: 'dollars',
      tasks: { export_report: { manualMinutes: '20m' } },
      roles: { developer: -90 },
      holdout: { fraction: 0.9 },
      help: { h: { title: 'T', body: 'B', signals: ['yelling'] } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          'tasks.export_report.manualMinutes: expected a positive number, got "20m"',
          'roles.developer: expected a positive number, got -90',
          'holdout.fraction: expected a fraction between 0 and 0.5, got 0.9',
          'currency: expected a 3-letter ISO 4217 currency code (e.g. USD), got "dollars"',
        ]),
      );
      expect(result.errors.some((e) => e.startsWith('help.h.signals.0: expected one of rage_click'))).toBe(true);
    }
  });

  it('refuses a typo instead of silently ignoring it', () => {
    const result = parseValueModel({ defaultHourlyRate: 40, tasks: { t: { manualMinute: 5 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('tasks.t: unknown field "manualMinute"; remove or rename it');
      expect(result.errors).toContain('tasks.t.manualMinutes: expected a positive number, got nothing');
    }
  });

  it('requires a default hourly rate', () => {
    const result = parseValueModel({});
    expect(!result.ok && result.errors).toEqual(['defaultHourlyRate: expected a positive number, got nothing']);
  });

  it('looks up a role rate only for priced roles', () => {
    const result = parseValueModel(issueExample);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(roleRate(result.model, 'developer')).toBe(90);
    expect(roleRate(result.model, 'intern')).toBeUndefined();
    expect(roleRate(result.model, undefined)).toBeUndefined();
  });
});
