import { describe, expect, it } from 'vitest';
import { parseEvent } from '../schema/event';
import { mulberry32 } from '../stats/prng';
import { fastParseEvent } from './fast-parse';

// The fast path may decline (undefined) but must never accept what parseEvent rejects, nor build a
// different event. Random valid events are mutated field by field and both parsers compared.

const valid: Record<string, unknown>[] = [
  { id: 'a', name: 'task_completed', ts: 1, userId: 'u', props: { task: 'x', durationMs: 5, role: 'developer' } },
  { id: 'a', name: 'task_started', ts: '2024-11-22T10:00:00Z', anonymousId: 'u', props: { task: 'x' } },
  {
    id: 'a',
    name: 'confusion',
    ts: 1,
    userId: 'u',
    cohort: 'control',
    props: { signal: 'rage_click', episodeId: 'e', selector: '#x' },
  },
  { id: 'a', name: 'help_shown', ts: 1, userId: 'u', props: { helpId: 'h', episodeId: 'e', trigger: 't' } },
  { id: 'a', name: 'help_engaged', ts: 1, userId: 'u', props: { helpId: 'h', episodeId: 'e' } },
  { id: 'a', name: 'help_feedback', ts: 1, userId: 'u', props: { helpId: 'h', episodeId: 'e', helpful: true } },
  { id: 'a', name: 'ticket_opened', ts: 1, userId: 'u', props: { episodeId: 'e', channel: 'email' } },
  { id: 'a', name: 'goal', ts: 1, userId: 'u', props: { goal: 'g', achieved: false } },
  { id: 'a', name: 'outcome', ts: 1, userId: 'u', props: { outcome: 'o', probability: 0.5 } },
  {
    id: 'a',
    name: 'value',
    ts: 1,
    userId: 'u',
    props: { valueType: 'v', amount: -3, probability: 1, attributionWeight: 0.5, outcome: 'o' },
  },
  { id: 'a', name: 'value', ts: 1, userId: 'u', props: { valueType: 'v', minutes: 3, role: 'r', description: 'd' } },
  { id: 'a', name: 'proxy', ts: 1, userId: 'u', props: { metric: 'nps', delta: -2 } },
  { id: 'a', name: 'cost', ts: 1, userId: 'u', appId: 'app', sessionId: 's', props: { amount: 0, category: 'seat' } },
  { id: 'a', name: 'identify', ts: 1, userId: 'u', props: { traits: { role: 'developer', plan: 'pro', extra: 1 } } },
  { id: 'a', name: 'signup', ts: 1, userId: 'u' },
  { id: 'a', name: 'page_view', ts: 0, userId: 'u', props: { anything: [1, 2] }, extraTopLevel: true },
];

const odd: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(129),
  'x'.repeat(257),
  'x'.repeat(513),
  0,
  -1,
  0.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  {},
  [],
  ['a'],
  { role: 1 },
  'treatment',
  'control',
  'rage_click',
  '2024-11-22T10:00:00Z',
  '2024-11-22',
  '2024-02-30T10:00:00Z',
  '2024-11-22T10:00:00+01:00',
  1e15,
  'toString',
  '__proto__',
];

function mutate(base: Record<string, unknown>, random: () => number): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const props = (copy.props ?? {}) as Record<string, unknown>;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    const topLevel = random() < 0.5;
    const target = topLevel ? copy : props;
    const keys = topLevel
      ? ['id', 'name', 'ts', 'userId', 'anonymousId', 'sessionId', 'appId', 'cohort', 'props']
      : [
          ...Object.keys(props),
          'task',
          'durationMs',
          'amount',
          'minutes',
          'probability',
          'traits',
          'episodeId',
          'helpful',
          'signal',
        ];
    const key = pick(keys);
    const value = pick(odd);
    if (value === undefined && random() < 0.5) delete target[key];
    else target[key] = value;
  }
  if (copy.props !== undefined && typeof copy.props === 'object' && copy.props !== null && !Array.isArray(copy.props))
    copy.props = props;
  return copy;
}

describe('fastParseEvent', () => {
  it('builds exactly the event parseEvent builds for every valid example', () => {
    for (const raw of valid) {
      const slow = parseEvent(structuredClone(raw));
      expect(slow.ok).toBe(true);
      expect(fastParseEvent(structuredClone(raw))).toEqual(slow.ok ? slow.event : undefined);
    }
  });

  it('never accepts what parseEvent rejects, nor differs from it, over 20,000 random mutations', () => {
    const random = mulberry32(2024);
    let accepted = 0;
    let declined = 0;
    const mismatches: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const raw = mutate(valid[i % valid.length]!, random);
      const fast = fastParseEvent(structuredClone(raw));
      const slow = parseEvent(structuredClone(raw));
      if (fast === undefined) {
        declined++;
        continue;
      }
      accepted++;
      if (!slow.ok || JSON.stringify(slow.event) !== JSON.stringify(fast)) mismatches.push(raw);
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    expect(accepted).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(1000);
  });

  it('gives every event the same fields when asked (undefined when absent)', () => {
    const raw = { id: 'a', name: 'signup', ts: '2024-11-22T10:00:00.000Z', userId: 'u' };
    const e = fastParseEvent(raw, true);
    expect(Object.keys(e!)).toEqual(['id', 'name', 'ts', 'props', 'appId', 'userId', 'anonymousId', 'sessionId', 'cohort']);
    expect(e).toMatchObject({ ts: Date.UTC(2024, 10, 22, 10), props: {}, userId: 'u', appId: undefined });
  });
});
