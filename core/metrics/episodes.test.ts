import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../schema/event';
import { resolveEpisodes } from './episodes';
import { ev, MIN, T0, testModel } from './test-kit';

const model = testModel(); // 30-minute window; export-help names export_report, general-help no task
const WINDOW = 30 * MIN;

/** A treatment episode e1: a rage click at T0, help at T0 + 1 min, then `after`. */
function episode(after: YardstickEvent[], helpId = 'export-help'): YardstickEvent[] {
  return [
    ev(
      'confusion',
      { signal: 'rage_click', episodeId: 'e1', selector: '#export' },
      { id: 'c1', cohort: 'treatment', appId: 'acme' },
    ),
    ev('help_shown', { helpId, episodeId: 'e1', trigger: 'rage_click' }, { id: 'h1', ts: T0 + MIN, cohort: 'treatment' }),
    ...after,
  ];
}
const HELP = T0 + MIN;
const statusOf = (events: YardstickEvent[], now?: number) => resolveEpisodes(events, model, now)[0]?.status;

describe('resolveEpisodes: the strict deflection rule', () => {
  it.each([
    [
      'the help’s task completes in the window, no ticket',
      [ev('task_completed', { task: 'export_report' }, { ts: HELP + MIN })],
      'deflected',
    ],
    [
      'another task completes (the help names export_report)',
      [ev('task_completed', { task: 'share' }, { ts: HELP + MIN })],
      'abandoned',
    ],
    ['nothing happens', [], 'abandoned'],
    ['a ticket exactly at the window’s end (inside)', [ev('ticket_opened', {}, { ts: HELP + WINDOW })], 'escalated'],
    ['a ticket 1 ms after the window', [ev('ticket_opened', {}, { ts: HELP + WINDOW + 1 })], 'abandoned'],
    ['a ticket at the same ms as the help', [ev('ticket_opened', {}, { ts: HELP })], 'escalated'],
    ['a ticket before the help', [ev('ticket_opened', {}, { ts: HELP - 1 })], 'abandoned'],
    ['a ticket carrying this episodeId', [ev('ticket_opened', { episodeId: 'e1' }, { ts: HELP + MIN })], 'escalated'],
    ['a ticket carrying another episodeId', [ev('ticket_opened', { episodeId: 'e9' }, { ts: HELP + MIN })], 'abandoned'],
    ['another user’s ticket', [ev('ticket_opened', {}, { ts: HELP + MIN, userId: 'u2' })], 'abandoned'],
    [
      'the task completes at the window’s end (inside)',
      [ev('task_completed', { task: 'export_report' }, { ts: HELP + WINDOW })],
      'deflected',
    ],
    [
      'the task completes 1 ms after the window',
      [ev('task_completed', { task: 'export_report' }, { ts: HELP + WINDOW + 1 })],
      'abandoned',
    ],
    ['the task completes before the help', [ev('task_completed', { task: 'export_report' }, { ts: HELP - 1 })], 'abandoned'],
  ])('%s → %s', (_, after, expected) => {
    expect(statusOf(episode(after))).toBe(expected);
  });

  it('escalates when a ticket follows in the window even though the task completed', () => {
    const after = [
      ev('task_completed', { task: 'export_report' }, { id: 'done', ts: HELP + MIN }),
      ev('ticket_opened', {}, { id: 'tk', ts: HELP + 2 * MIN }),
    ];
    const [e] = resolveEpisodes(episode(after), model);
    expect(e).toMatchObject({ status: 'escalated', resolvedAt: HELP + 2 * MIN });
    expect(e!.eventIds).toEqual(['c1', 'h1', 'tk']);
  });

  it('deflects on any task or achieved goal when the help names no task', () => {
    const task = [ev('task_completed', { task: 'share' }, { ts: HELP + MIN })];
    const goal = [ev('goal', { goal: 'issue_resolved', achieved: true }, { ts: HELP + MIN })];
    const missed = [ev('goal', { goal: 'issue_resolved', achieved: false }, { ts: HELP + MIN })];
    expect(statusOf(episode(task, 'general-help'))).toBe('deflected');
    expect(statusOf(episode(goal, 'general-help'))).toBe('deflected');
    expect(statusOf(episode(missed, 'general-help'))).toBe('abandoned');
  });

  it('gives the same statuses whatever the order of events', () => {
    const events = episode([
      ev('task_completed', { task: 'export_report' }, { ts: HELP + MIN }),
      ev('ticket_opened', {}, { ts: HELP + WINDOW + 1 }),
    ]);
    expect(statusOf([...events].reverse())).toBe('deflected');
    expect(statusOf(events)).toBe('deflected');
  });

  it('anchors the window on the earliest help card and keeps its help details', () => {
    const events = episode([
      ev('help_shown', { helpId: 'general-help', episodeId: 'e1', trigger: 'again' }, { ts: HELP + 10 * MIN }),
      ev('help_engaged', { helpId: 'export-help', episodeId: 'e1' }, { ts: HELP + MIN }),
      ev('help_feedback', { helpId: 'export-help', episodeId: 'e1', helpful: true }, { ts: HELP + 2 * MIN }),
    ]);
    const [e] = resolveEpisodes(events, model);
    expect(e!.help).toEqual({ helpId: 'export-help', shownAt: HELP, engaged: true, helpful: true });
    expect(e!.windowEndsAt).toBe(HELP + WINDOW);
    expect(e).toMatchObject({ episodeId: 'e1', userId: 'u1', appId: 'acme', cohort: 'treatment', startedAt: T0 });
    expect(e!.signals).toEqual([{ signal: 'rage_click', selector: '#export', ts: T0, eventId: 'c1' }]);
  });
});

describe('resolveEpisodes with now (the live inspector)', () => {
  const done = [ev('task_completed', { task: 'export_report' }, { ts: HELP + MIN })];

  it('keeps an episode open inside its window even after the task completed', () => {
    const [e] = resolveEpisodes(episode(done), model, HELP + 2 * MIN);
    expect(e).toMatchObject({ status: 'open', completedAt: HELP + MIN, windowEndsAt: HELP + WINDOW });
    expect(e!.resolvedAt).toBeUndefined();
  });

  it('reports an escalation at once, window open or not', () => {
    expect(statusOf(episode([ev('ticket_opened', {}, { ts: HELP + MIN })]), HELP + 2 * MIN)).toBe('escalated');
  });

  it('closes the episode once now reaches the window’s end', () => {
    expect(statusOf(episode(done), HELP + WINDOW)).toBe('deflected');
    expect(statusOf(episode([]), HELP + WINDOW)).toBe('abandoned');
    expect(statusOf(episode([]), HELP + WINDOW - 1)).toBe('open');
  });
});

describe('resolveEpisodes: which episodes exist', () => {
  it('marks an episode without help (e.g. the holdout) unhelped', () => {
    const events = [ev('confusion', { signal: 'dead_click', episodeId: 'c' }, { cohort: 'control' })];
    expect(resolveEpisodes(events, model)).toMatchObject([{ status: 'unhelped', cohort: 'control' }]);
  });

  it('does not form an episode from help events alone', () => {
    expect(resolveEpisodes([ev('help_shown', { helpId: 'export-help', episodeId: 'x', trigger: 'route' })], model)).toEqual([]);
  });

  it('keeps two users’ episodes apart even when they share an episodeId', () => {
    const events = [
      ev('confusion', { signal: 'rage_click', episodeId: 'same' }, { userId: 'a' }),
      ev('confusion', { signal: 'rage_click', episodeId: 'same' }, { userId: 'b', ts: T0 + 1 }),
    ];
    expect(resolveEpisodes(events, model).map((e) => e.userId)).toEqual(['a', 'b']);
  });

  it('starts an episode at its earliest signal and lists episodes earliest first', () => {
    const events = [
      ev('confusion', { signal: 'rage_click', episodeId: 'late' }, { ts: T0 + 5 * MIN }),
      ev('confusion', { signal: 'thrash', episodeId: 'early' }, { ts: T0 + 3 * MIN }),
      ev('confusion', { signal: 'rage_click', episodeId: 'early' }, { ts: T0 + MIN }),
    ];
    const eps = resolveEpisodes(events, model);
    expect(eps.map((e) => [e.episodeId, e.startedAt, e.signals.length])).toEqual([
      ['early', T0 + MIN, 2],
      ['late', T0 + 5 * MIN, 1],
    ]);
    expect(eps[0]!.signals.map((s) => s.ts)).toEqual([T0 + MIN, T0 + 3 * MIN]);
  });
});
