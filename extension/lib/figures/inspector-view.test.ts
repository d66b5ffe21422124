import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report/build-report';
import { parseEvent, type YardstickEvent } from '../../../core/schema/event';
import { parseValueModel, type ValueModel } from '../../../core/schema/value-model';
import { fixtureModel, scriptedSession } from '../testing/scripted-session';
import { DEFAULT_FILTERS, inspectorView } from './inspector-view';

const model = (windowMinutes?: number): ValueModel =>
  (parseValueModel(fixtureModel(windowMinutes)) as { ok: true; model: ValueModel }).model;
const parsed = (raw: unknown[]) => raw.map((e) => (parseEvent(e) as { ok: true; event: YardstickEvent }).event);
const BASE = 1_732_269_000_000;

describe('inspectorView', () => {
  it("equals the report's strict and causal deflection once every window has closed", () => {
    const raw = scriptedSession(BASE);
    const report = buildReport(model(), raw);
    const view = inspectorView([{ app: 'acme', model: model(), events: parsed(raw) }], DEFAULT_FILTERS, BASE + 3_600_000);
    const d = report.deflection;
    expect(view.totals).toMatchObject({
      episodes: d.episodes,
      helpShown: d.helpShown,
      deflected: d.deflected,
      escalated: d.escalated,
      abandoned: d.abandoned,
      open: 0,
      rate: d.rate,
      saved: [{ currency: model().currency, amount: d.value }],
    });
    expect(d).toMatchObject({ episodes: 4, helpShown: 3, deflected: 1, escalated: 1, abandoned: 1 });
    expect(view.totals.holdout).toMatchObject({
      controlTicketRate: d.causal!.controlTicketRate,
      treatmentTicketRate: d.causal!.treatmentTicketRate,
      difference: d.causal!.difference,
      ci95: d.causal!.ci95,
    });
    expect(view.rows.map((r) => r.episodeId)).toEqual(['ep-c', 'ep-b', 'ep-h', 'ep-a']);
    expect(view.rows.find((r) => r.episodeId === 'ep-a')).toMatchObject({
      status: 'deflected',
      helpTitle: 'Exporting a report',
      help: { engaged: true, helpful: true },
    });
  });

  it('shows a running window as open, with the completion seen so far', () => {
    const raw = scriptedSession(BASE);
    const view = inspectorView([{ app: 'acme', model: model(30), events: parsed(raw) }], DEFAULT_FILTERS, BASE + 60_000);
    const a = view.rows.find((r) => r.episodeId === 'ep-a')!;
    expect(a.status).toBe('open');
    expect(a.completedAt).toBe(BASE + 46_000);
    expect(a.windowEndsAt).toBe(BASE + 42_000 + 30 * 60_000);
    expect(view.totals.open).toBeGreaterThan(0);
  });

  it.each([
    [{ status: 'escalated' as const }, ['ep-b']],
    [{ cohort: 'control' as const }, ['ep-h']],
    [{ signal: 'error_loop' as const }, ['ep-c']],
    [{ app: 'other' }, []],
  ])('filters %o', (filter, ids) => {
    const view = inspectorView(
      [{ app: 'acme', model: model(), events: parsed(scriptedSession(BASE)) }],
      { ...DEFAULT_FILTERS, ...filter },
      BASE + 3_600_000,
    );
    expect(view.rows.map((r) => r.episodeId)).toEqual(ids);
    expect(view.totals.episodes).toBe(ids.length);
  });

  it('sums saved ticket costs per currency when apps on one origin price tickets differently', () => {
    const raw = scriptedSession(BASE);
    const euros: ValueModel = { ...model(), currency: 'EUR', ticketCost: 40 };
    const view = inspectorView(
      [
        { app: 'acme', model: model(), events: parsed(raw) },
        { app: 'globex', model: euros, events: parsed(raw.map((e) => ({ ...e, id: `g-${e.id}`, appId: 'globex' }))) },
      ],
      DEFAULT_FILTERS,
      BASE + 3_600_000,
    );
    const deflectedPerApp = view.rows.filter((r) => r.app === 'acme' && r.status === 'deflected' && r.help).length;
    expect(deflectedPerApp).toBe(1);
    expect(view.totals.saved).toEqual([
      { currency: 'EUR', amount: 40 * deflectedPerApp },
      { currency: 'USD', amount: 25 * deflectedPerApp },
    ]);
    const acmeOnly = inspectorView(
      [{ app: 'acme', model: model(), events: parsed(raw.filter((e) => e.name !== 'task_completed')) }],
      DEFAULT_FILTERS,
      BASE + 3_600_000,
    );
    expect(acmeOnly.totals.deflected).toBe(0);
    expect(acmeOnly.totals.saved).toEqual([{ currency: 'USD', amount: 0 }]);
  });

  it('says why there is no holdout comparison', () => {
    const raw = scriptedSession(BASE).filter((e) => e.cohort === 'treatment');
    const view = inspectorView([{ app: 'acme', model: model(), events: parsed(raw) }], DEFAULT_FILTERS, BASE + 3_600_000);
    expect(view.totals.holdout).toBeNull();
    expect(view.totals.holdoutReason).toBe('no holdout (control) episode yet');
  });

  it('skips an app whose model has not arrived yet', () => {
    const view = inspectorView([{ app: 'acme', model: null, events: parsed(scriptedSession(BASE)) }], DEFAULT_FILTERS, BASE);
    expect(view.rows).toEqual([]);
    expect(view.totals.rate).toBeNull();
  });
});
