import { describe, expect, it } from 'vitest';
import { actorOf, parseEvent } from './event';

const base = { id: 'e1', name: 'task_completed', ts: 1732269000000, userId: 'u_42', props: { task: 'export_report' } };

describe('parseEvent', () => {
  it('accepts the documented example and keeps its fields', () => {
    const raw = { ...base, appId: 'acme', sessionId: 's_9', cohort: 'treatment' };
    const result = parseEvent(raw);
    expect(result).toEqual({ ok: true, event: raw });
  });

  it('normalizes an ISO timestamp to epoch milliseconds', () => {
    const result = parseEvent({ ...base, ts: '2024-11-22T09:50:00.000Z' });
    expect(result.ok && result.event.ts).toBe(Date.parse('2024-11-22T09:50:00.000Z'));
  });

  it('accepts anonymousId in place of userId and names the actor', () => {
    const result = parseEvent({ id: 'e2', name: 'signup', ts: 1, anonymousId: 'anon_1' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.event.props).toEqual({});
      expect(actorOf(result.event)).toBe('anon_1');
    }
  });

  it.each([
    [{ ...base, id: '' }, 'id: expected a non-empty id, got ""'],
    [{ ...base, userId: undefined }, 'userId: expected a userId or an anonymousId, got nothing'],
    [{ ...base, ts: 'yesterday' }, 'ts: expected epoch milliseconds or an ISO 8601 date, got "yesterday"'],
    [{ ...base, ts: -5 }, 'ts: expected epoch milliseconds or an ISO 8601 date, got -5'],
    [{ ...base, cohort: 'holdout' }, 'cohort: expected "treatment" or "control", got "holdout"'],
    [{ ...base, props: { task: 42 } }, 'props.task: expected a task name, got 42'],
    [{ ...base, props: { task: 'x', durationMs: -1 } }, 'props.durationMs: expected a number >= 0, got -1'],
    [{ ...base, name: 'confusion', props: { signal: 'yelling', episodeId: 'ep' } }, 'props.signal: expected one of rage_click'],
    [
      { ...base, name: 'help_feedback', props: { helpId: 'h', episodeId: 'ep', helpful: 'yes' } },
      'props.helpful: expected true or false, got "yes"',
    ],
    [{ ...base, name: 'value', props: { valueType: 'cost_avoided' } }, 'props.amount: expected an amount or minutes'],
    [
      { ...base, name: 'outcome', props: { outcome: 'o', probability: 1.5 } },
      'props.probability: expected a probability between 0 and 1, got 1.5',
    ],
    [{ ...base, name: 'cost', props: { amount: Number.NaN, category: 'seat' } }, 'props.amount: expected a number >= 0'],
    ['not an object', '(root): expected an event object, got "not an object"'],
  ])('rejects %j with a reason naming the field', (raw, reason) => {
    const result = parseEvent(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('keeps any props of a custom event name', () => {
    const result = parseEvent({ id: 'c', name: 'report_shared', ts: 5, userId: 'u', props: { channel: 42, nested: { a: 1 } } });
    expect(result.ok && result.event.props).toEqual({ channel: 42, nested: { a: 1 } });
  });

  it('keeps extra props of a built-in name', () => {
    const result = parseEvent({ ...base, props: { task: 'export_report', format: 'csv' } });
    expect(result.ok && result.event.props).toEqual({ task: 'export_report', format: 'csv' });
  });

  it('drops unknown top-level keys, since extra data belongs in props', () => {
    const result = parseEvent({ ...base, extra: 'x' });
    expect(result.ok && 'extra' in result.event).toBe(false);
  });
});
