// A scripted user session for the extension's end-to-end tests and screenshots: the events a real
// widget would have written, with the value model its page carries. Deterministic given `base`.

export const FIXTURE_APP = 'acme';

/** The demo-like value model (a 6-second deflection window so episodes resolve within a test). */
export function fixtureModel(windowMinutes = 0.1) {
  return {
    currency: 'USD',
    defaultHourlyRate: 60,
    roles: { developer: 90 },
    tasks: { export_report: { manualMinutes: 20, role: 'developer' }, send_invoice: { manualMinutes: 6 } },
    ticketCost: 25,
    deflectionWindowMinutes: windowMinutes,
    help: {
      'export-help': {
        task: 'export_report',
        selectors: ['#dead'],
        signals: ['rage_click', 'dead_click'],
        title: 'Exporting a report',
        body: 'Use Export report above the table; the file downloads as CSV.',
      },
    },
    holdout: { fraction: 0.1 },
  };
}

type Ev = {
  id: string;
  name: string;
  ts: number;
  appId: string;
  userId: string;
  sessionId: string;
  cohort: 'treatment' | 'control';
  props: Record<string, unknown>;
};

/**
 * Two users (one treatment, one holdout): three exports and two invoices saved time; four confusion
 * episodes: one deflected (help, engaged, helpful, then the export), one escalated (a ticket after
 * help), one abandoned (help, nothing after), one in the holdout (no help, then a ticket).
 */
export function scriptedSession(base: number, prefix = 's'): Ev[] {
  let n = 0;
  const out: Ev[] = [];
  const add = (user: 'u_alice' | 'u_hold', at: number, name: string, props: Record<string, unknown> = {}) => {
    n++;
    out.push({
      id: `${prefix}-${n}`,
      name,
      ts: base + at,
      appId: FIXTURE_APP,
      userId: user,
      sessionId: `${prefix}-sess-${user}`,
      cohort: user === 'u_hold' ? 'control' : 'treatment',
      props,
    });
  };
  const s = 1000;
  add('u_alice', 0, 'identify', { traits: { role: 'developer' } });
  add('u_alice', 5 * s, 'task_completed', { task: 'export_report', durationMs: 120_000 });
  add('u_alice', 20 * s, 'task_completed', { task: 'send_invoice' });
  // Episode A: deflected.
  add('u_alice', 40 * s, 'confusion', { signal: 'rage_click', episodeId: 'ep-a', selector: '#dead' });
  add('u_alice', 41 * s, 'confusion', { signal: 'dead_click', episodeId: 'ep-a', selector: '#dead' });
  add('u_alice', 42 * s, 'help_shown', { helpId: 'export-help', episodeId: 'ep-a', trigger: 'rage_click' });
  add('u_alice', 44 * s, 'help_engaged', { helpId: 'export-help', episodeId: 'ep-a' });
  add('u_alice', 45 * s, 'help_feedback', { helpId: 'export-help', episodeId: 'ep-a', helpful: true });
  add('u_alice', 46 * s, 'task_completed', { task: 'export_report' });
  // Episode B: escalated.
  add('u_alice', 100 * s, 'confusion', { signal: 'dead_click', episodeId: 'ep-b', selector: '#export' });
  add('u_alice', 101 * s, 'help_shown', { helpId: 'export-help', episodeId: 'ep-b', trigger: 'dead_click' });
  add('u_alice', 102 * s, 'help_feedback', { helpId: 'export-help', episodeId: 'ep-b', helpful: false });
  add('u_alice', 103 * s, 'ticket_opened', { episodeId: 'ep-b', channel: 'chat' });
  // Episode C: abandoned (help shown, nothing after).
  add('u_alice', 160 * s, 'confusion', { signal: 'error_loop', episodeId: 'ep-c', selector: 'form#invoice' });
  add('u_alice', 161 * s, 'help_shown', { helpId: 'export-help', episodeId: 'ep-c', trigger: 'error_loop' });
  // Holdout: confusion, no help, a ticket.
  add('u_hold', 30 * s, 'identify', { traits: { role: 'support_agent' } });
  add('u_hold', 50 * s, 'task_completed', { task: 'export_report' });
  add('u_hold', 70 * s, 'confusion', { signal: 'rage_click', episodeId: 'ep-h', selector: '#dead' });
  add('u_hold', 72 * s, 'ticket_opened', { episodeId: 'ep-h', channel: 'email' });
  return out.sort((a, b) => a.ts - b.ts);
}
