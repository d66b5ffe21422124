import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { mulberry32 as prng } from '../../stats/prng';
import { BUILT_IN_NAMES, builtInProps, eventInputSchema, parseEvent as parseEventWithZod } from '../event';
import { parseValueModel as parseValueModelWithZod, valueModelSchema } from '../value-model';
import type { Node } from './descriptor';
import { parseEvent } from './event';
import { BUILT_IN_PROPS, EVENT_INPUT } from './event.generated';
import { bothResults, hostile, NUMBERS, noiseLevel, STRINGS, sample } from './test-kit';
import { parseValueModel } from './value-model';
import { VALUE_MODEL } from './value-model.generated';

// The compact validator must agree with zod exactly: ok or not, the output value, and every
// issue's code, path and message in order. Seeded, so a failure names a replayable case.

function expectAgreement(
  label: string,
  cases: number,
  seed: number,
  make: (rnd: () => number) => unknown,
  check: (input: unknown) => { zod: unknown; compact: unknown },
) {
  const rnd = prng(seed);
  let failures = 0;
  for (let i = 0; i < cases; i++) {
    const input = make(rnd);
    const { zod, compact } = check(input);
    if (!isDeepStrictEqual(zod, compact)) {
      failures++;
      expect({ label, case: i, input, result: compact }).toStrictEqual({ label, case: i, input, result: zod });
    }
  }
  expect(failures).toBe(0);
}

const SCHEMAS: Array<[string, z.core.$ZodType, Node]> = [
  ['event envelope', eventInputSchema, EVENT_INPUT],
  ['value model', valueModelSchema, VALUE_MODEL],
  ...BUILT_IN_NAMES.map((name): [string, z.core.$ZodType, Node] => [
    `props of ${name}`,
    builtInProps[name],
    BUILT_IN_PROPS[name]!,
  ]),
];

describe('compact validator against zod', () => {
  it.each(SCHEMAS)('agrees on %s for generated inputs', (label, schema, node) => {
    expectAgreement(
      label,
      2500,
      label.length * 7919,
      (rnd) => sample(node, rnd, noiseLevel(rnd)),
      (input) => bothResults(schema, node, input),
    );
  });

  it('agrees on parseEvent for generated events of every built-in name and custom ones', () => {
    const names = [...BUILT_IN_NAMES, 'report_shared', 'toString', '__proto__', 'constructor'];
    expectAgreement(
      'parseEvent',
      20000,
      42,
      (rnd) => {
        const noise = noiseLevel(rnd);
        const event = sample(EVENT_INPUT, rnd, noise) as Record<string, unknown>;
        if (typeof event !== 'object' || event === null) return event;
        const name = names[Math.floor(rnd() * names.length)]!;
        if (rnd() >= noise) event.name = name;
        if (rnd() >= noise && Object.hasOwn(BUILT_IN_PROPS, name)) event.props = sample(BUILT_IN_PROPS[name]!, rnd, noise);
        return event;
      },
      (input) => ({ zod: parseEventWithZod(input), compact: parseEvent(input) }),
    );
  });

  it('agrees on parseValueModel for generated models', () => {
    expectAgreement(
      'parseValueModel',
      10000,
      7,
      (rnd) => {
        return sample(VALUE_MODEL, rnd, noiseLevel(rnd));
      },
      (input) => ({ zod: parseValueModelWithZod(input), compact: parseValueModel(input) }),
    );
  });

  it('agrees on hostile values at the root', () => {
    expectAgreement(
      'hostile',
      3000,
      99,
      (rnd) => hostile(rnd),
      (input) => ({
        zod: [parseEventWithZod(input), parseValueModelWithZod(input)],
        compact: [parseEvent(input), parseValueModel(input)],
      }),
    );
  });

  const base = { id: 'e1', name: 'task_completed', ts: 1732269000000, userId: 'u_42', props: { task: 'export_report' } };
  const edgeEvents: unknown[] = [
    ...NUMBERS.map((ts) => ({ ...base, ts })),
    ...STRINGS.map((ts) => ({ ...base, ts })),
    ...STRINGS.map((id) => ({ ...base, id, anonymousId: id })),
    { ...base, userId: undefined },
    { ...base, userId: undefined, id: '' },
    { ...base, props: [] },
    { ...base, props: null },
    { ...base, props: Object.create(null) },
    { ...base, props: JSON.parse('{"__proto__": {"task": "x"}, "task": "ok"}') },
    { ...base, props: { constructor: { prototype: 1 } } },
    { ...base, name: 'value', props: { valueType: 't' } },
    { ...base, name: 'value', props: { valueType: 't', amount: undefined, minutes: -0 } },
    { ...base, name: 'value', props: { valueType: '', amount: Number.NaN } },
    { ...base, name: 'confusion', props: { signal: 'rage_click', episodeId: 'e', selector: '😀'.repeat(512) } },
    { ...base, name: 'identify', props: { traits: [] } },
    { ...base, name: 'identify', props: { traits: { role: '' } } },
    { ...base, extra: 1, __proto__: { injected: true } },
    JSON.parse('{"__proto__": {"userId": "u"}, "id": "e", "name": "signup", "ts": 1}'),
    [base],
    'not an object',
  ];
  it.each(edgeEvents.map((e, i) => [i, e]))('agrees on hand-picked event %i', (_i, input) => {
    expect(parseEvent(input)).toStrictEqual(parseEventWithZod(input));
  });

  const edgeModels: unknown[] = [
    {},
    { defaultHourlyRate: 50 },
    { defaultHourlyRate: 50, holdout: {} },
    { defaultHourlyRate: 50, holdout: { fraction: 0.6, salt: '' } },
    { defaultHourlyRate: 50, activation: { start: 'a' } },
    { defaultHourlyRate: 50, activation: { start: 'a', extra: 1 } },
    { defaultHourlyRate: 50, help: { h: { title: 'T', body: 'B', url: ' https://a.b/\tc ' } } },
    { defaultHourlyRate: 50, help: { h: { title: 'T', body: 'B', url: 'not a url', signals: 'rage_click' } } },
    { defaultHourlyRate: 50, launchAt: '2024-11-22T09:50:00' },
    { defaultHourlyRate: 50, launchAt: 'yesterday' },
    { defaultHourlyRate: 50, launchAt: -1 },
    { defaultHourlyRate: 50, launchAt: true },
    { defaultHourlyRate: 50, roles: [] },
    { defaultHourlyRate: 50, roles: { a: Infinity, b: -0, c: 0 } },
    { defaultHourlyRate: 50, tasks: { t: { manualMinute: 5 } } },
    { defaultHourlyRate: 50, tasks: JSON.parse('{"__proto__": {"manualMinutes": 1}}') },
    { defaultHourlyRate: 50, currency: 'usd', $schema: 1 },
    JSON.parse('{"defaultHourlyRate": 50, "__proto__": {"currency": "EUR"}}'),
    { defaultHourlyRate: 50, goals: { g: { amount: 1, valueType: 'x', probability: 2, description: 'x'.repeat(1025) } } },
  ];
  it.each(edgeModels.map((m, i) => [i, m]))('agrees on hand-picked model %i', (_i, input) => {
    expect(parseValueModel(input)).toStrictEqual(parseValueModelWithZod(input));
  });

  it('gives each parse its own copy of a default', () => {
    const first = parseValueModel({ defaultHourlyRate: 50 });
    if (!first.ok) throw new Error(first.errors.join('; '));
    first.model.holdout.salt = 'changed';
    first.model.roles.intern = 1;
    const second = parseValueModel({ defaultHourlyRate: 50 });
    expect(second.ok && second.model.holdout).toEqual({ fraction: 0.1, salt: 'yardstick' });
    expect(second.ok && second.model.roles).toEqual({});
  });
});
