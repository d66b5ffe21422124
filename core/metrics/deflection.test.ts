import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { strictDeflectionOf } from './deflection';
import { FactStore } from './facts';
import { ev, MIN, T0, testModel } from './test-kit';

const model = testModel(); // ticketCost 20

function strict(events: YardstickEvent[]) {
  const s = new FactStore();
  for (const e of events) s.add(e);
  s.seal();
  return strictDeflectionOf(s, model);
}

/** An episode of user `u` with help at T0 + 1 min. */
const helped = (u: string, cohort: 'treatment' | undefined = 'treatment') => [
  ev('confusion', { signal: 'rage_click', episodeId: `e-${u}` }, { userId: u, cohort }),
  ev('help_shown', { helpId: 'export-help', episodeId: `e-${u}`, trigger: 'rage_click' }, { userId: u, ts: T0 + MIN }),
];

describe('strict deflection totals', () => {
  it('counts episodes of both cohorts, help shown once per episode, and each status', () => {
    const r = strict([
      ...helped('a'),
      ev('help_shown', { helpId: 'export-help', episodeId: 'e-a', trigger: 'again' }, { userId: 'a', ts: T0 + 2 * MIN }),
      ev('help_engaged', { helpId: 'export-help', episodeId: 'e-a' }, { userId: 'a', ts: T0 + 2 * MIN }),
      ev('task_completed', { task: 'export_report' }, { userId: 'a', ts: T0 + 3 * MIN }),
      ...helped('b'),
      ev('ticket_opened', {}, { userId: 'b', ts: T0 + 5 * MIN }),
      ...helped('c', undefined), // no cohort: still counted in the strict totals
      ev('help_feedback', { helpId: 'export-help', episodeId: 'e-c', helpful: false }, { userId: 'c', ts: T0 + 2 * MIN }),
      ev('confusion', { signal: 'dead_click', episodeId: 'e-d' }, { userId: 'd', cohort: 'control' }),
    ]);
    expect(r).toMatchObject({ episodes: 4, helpShown: 3, deflected: 1, escalated: 1, abandoned: 1, value: 20 });
    expect(r.rate).toBeCloseTo(1 / 3, 12);
    expect(r.byHelp['export-help']).toEqual({
      shown: 3,
      engaged: 1,
      helpful: 0,
      notHelpful: 1,
      deflected: 1,
      escalated: 1,
      abandoned: 1,
    });
  });

  it('has a null rate with a reason when no help was shown', () => {
    const r = strict([ev('confusion', { signal: 'dead_click', episodeId: 'x' }, { cohort: 'control' })]);
    expect(r).toMatchObject({ episodes: 1, helpShown: 0, rate: null, value: 0 });
    expect(r.rateReason).toBe('no episode was shown help');
  });
});
