import { describe, expect, it } from 'vitest';
import { MIN, T0, testModel } from '../metrics/test-kit';
import { buildReport } from './build-report';

const model = testModel(); // ticketCost 20, window 30 min

const confusion = (u: string, cohort: string) => ({
  id: `c-${u}`,
  name: 'confusion',
  ts: T0,
  userId: u,
  cohort,
  props: { signal: 'rage_click', episodeId: `e-${u}` },
});
const help = (u: string) => ({
  id: `h-${u}`,
  name: 'help_shown',
  ts: T0 + MIN,
  userId: u,
  cohort: 'treatment',
  props: { helpId: 'export-help', episodeId: `e-${u}`, trigger: 'rage_click' },
});
const ticket = (u: string, cohort: string) => ({
  id: `t-${u}`,
  name: 'ticket_opened',
  ts: T0 + 5 * MIN,
  userId: u,
  cohort,
  props: {},
});
const done = (u: string) => ({
  id: `d-${u}`,
  name: 'task_completed',
  ts: T0 + 2 * MIN,
  userId: u,
  cohort: 'treatment',
  props: { task: 'export_report' },
});

/** `controls` control episodes, half with a ticket; 10 treatment episodes with help: 6 deflected, 1 escalated, 3 abandoned. */
function events(controls: number) {
  const out: object[] = [];
  for (let i = 0; i < controls; i++) {
    out.push(confusion(`c${i}`, 'control'));
    if (i % 2 === 0) out.push(ticket(`c${i}`, 'control'));
  }
  for (let i = 0; i < 10; i++) {
    out.push(confusion(`t${i}`, 'treatment'), help(`t${i}`));
    if (i < 6) out.push(done(`t${i}`));
    if (i === 6) out.push(ticket(`t${i}`, 'treatment'));
  }
  return out;
}

describe('deflection in the report', () => {
  it('enters value.realized as deflected x ticketCost (modeled) when the holdout has under 30 episodes', () => {
    const r = buildReport(model, events(29));
    expect(r.deflection).toMatchObject({
      episodes: 39,
      helpShown: 10,
      deflected: 6,
      escalated: 1,
      abandoned: 3,
      rate: 0.6,
      value: 120,
    });
    expect(r.deflection).toMatchObject({ realizedValue: 120, grade: 'modeled' });
    expect(r.value.byType.deflection).toBe(120);
    expect(r.evidence['value.byType.deflection']!.grade).toBe('modeled');
  });

  it('enters value.realized at the causal value (measured) from 30 holdout episodes', () => {
    // control 15/30 = 0.5, treatment 1/10 = 0.1: 0.4 x 10 episodes = 4 deflections x 20 = 80
    const r = buildReport(model, events(30));
    expect(r.deflection.causal).toMatchObject({
      controlEpisodes: 30,
      treatmentEpisodes: 10,
      controlTicketRate: 0.5,
      treatmentTicketRate: 0.1,
    });
    expect(r.deflection.causal!.deflections).toBeCloseTo(4, 9);
    expect(r.deflection.causal!.value).toBe(80);
    expect(r.deflection).toMatchObject({ value: 120, realizedValue: 80, grade: 'measured' });
    expect(r.value.byType.deflection).toBe(80);
    expect(r.evidence['deflection.realizedValue']!.grade).toBe('measured');
    expect(r.evidence['value.byType.deflection']!.grade).toBe('measured');
  });
});
