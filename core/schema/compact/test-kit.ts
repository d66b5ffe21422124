// A seeded generator of valid, near-valid and hostile inputs for a descriptor, and a comparison of
// the compact validator with zod on them (imported only by *.test.ts files).
import * as z from 'zod/mini';
import type { Node } from './descriptor';
import { validate } from './validate';

const withOwnProto = (value: unknown) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "a": 1}`) as object;

/** Strings chosen to sit on the schemas' edges: lengths around each limit, dates, URLs, unicode. */
export const STRINGS = [
  '',
  ' ',
  'x',
  'acme',
  'a-b_c',
  '-bad',
  'not ok!',
  'USD',
  'usd',
  'EURO',
  'treatment',
  'control',
  'holdout',
  'rage_click',
  'RAGE_CLICK',
  'signup',
  'value',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(127),
  'x'.repeat(128),
  'x'.repeat(129),
  'x'.repeat(256),
  'x'.repeat(257),
  'x'.repeat(512),
  'x'.repeat(513),
  'x'.repeat(4001),
  '😀'.repeat(64),
  '😀'.repeat(128),
  '😀'.repeat(129),
  '\ud800',
  '\ud800'.repeat(129),
  'é\u0000\n',
  '2024-11-22T09:50:00.000Z',
  '2024-11-22T09:50:00Z',
  '2024-11-22T09:50:00+02:00',
  '2024-11-22T09:50:00-0200',
  '2024-11-22T09:50:00',
  '2024-11-22',
  '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z',
  '2024-02-30T00:00:00Z',
  '2024-11-22T24:00:00Z',
  '2024-11-22T09:50:00.123456789Z',
  'yesterday',
  'https://help.example.com/export',
  ' https://a.b/\tc ',
  'mailto:someone@example.com',
  'http://',
  '/relative/path',
  'javascript:alert(1)',
  'bottom-right',
  '#badge',
];
export const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.5,
  0.5000001,
  1.5,
  20,
  30,
  128,
  1e21,
  Number.MAX_VALUE,
  -1e-300,
  Number.NaN,
  Infinity,
  -Infinity,
];
const KEYS = ['extra', 'constructor', 'toString', '__proto__', '0', '10', 'a b', 'amount', 'minutes', 'userId', 'props'];

export function hostile(rnd: () => number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const all: Array<() => unknown> = [
    () => undefined,
    () => null,
    () => pick(NUMBERS),
    () => pick(STRINGS),
    () => rnd() < 0.5,
    () => [],
    () => [pick(STRINGS)],
    () => Array(300).fill(1),
    () => ({}),
    () => ({ length: 0 }),
    () => ({ length: 300 }),
    () => Object.create(null),
    () => withOwnProto({ polluted: true }),
    () => ({ constructor: 1 }),
    () => ({ constructor: { prototype: 1 } }),
    () => new Date(0),
    () => ({ appendChild() {} }),
    () => ({ [Symbol('s')]: 1, a: 1 }),
    () => 10n,
  ];
  return pick(all)();
}

const fits = new Map<Node, unknown[]>();
/** The pooled strings or numbers that pass a leaf node's checks (only to bias sampling; zod judges). */
function fitting(n: Node, pool: readonly unknown[]): unknown[] {
  const list = fits.get(n) ?? pool.filter((v) => validate(n, v).ok);
  fits.set(n, list);
  return list.length ? list : [...pool];
}

/**
 * A value for a node: with `noise` 0 a valid one (as far as the pools allow); the higher the noise,
 * the more often a part is off (a wrong type, a missing or extra key, anything at all).
 */
export function sample(n: Node, rnd: () => number, noise = 0.05, depth = 0): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const off = () => rnd() < noise;
  if (off()) return hostile(rnd);
  switch (n.t) {
    case 'string':
      return pick(off() ? STRINGS : fitting(n, STRINGS));
    case 'number':
      return pick(off() ? NUMBERS : fitting(n, NUMBERS));
    case 'boolean':
      return off() ? pick(['true', 0, 1]) : rnd() < 0.5;
    case 'unknown':
      return rnd() < 0.5 ? pick(STRINGS) : hostile(rnd);
    case 'enum':
      return off() ? pick(STRINGS) : pick(n.values);
    case 'optional':
    case 'default':
      return rnd() < 0.4 ? undefined : sample(n.of, rnd, noise, depth + 1);
    case 'union':
      return sample(pick(n.of), rnd, noise, depth + 1);
    case 'array':
      return Array.from({ length: Math.floor(rnd() * 3) }, () => sample(n.of, rnd, noise, depth + 1));
    case 'record': {
      const out: Record<PropertyKey, unknown> = {};
      const count = depth > 3 ? 0 : Math.floor(rnd() * 3);
      for (let i = 0; i < count; i++) set(out, off() ? pick(KEYS) : `k${i}`, sample(n.of, rnd, noise, depth + 1));
      if (off()) out[Symbol('key')] = 1;
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(n.shape)) {
        if (off()) continue;
        if (off()) out[key] = undefined;
        else set(out, key, sample(field, rnd, noise, depth + 1));
      }
      if (off()) set(out, pick(KEYS), pick(STRINGS));
      return out;
    }
  }
}

/** A noise level per case: a quarter valid inputs, the rest increasingly broken. */
export const noiseLevel = (rnd: () => number) => [0, 0.01, 0.05, 0.2][Math.floor(rnd() * 4)]!;

/** Sets a key as an own enumerable property, `__proto__` included. */
function set(o: object, key: string, value: unknown) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const issueView = (i: { code: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }) => ({
  code: i.code,
  path: i.path.map((p) => (typeof p === 'symbol' ? 'symbol' : p)),
  message: i.message,
  ...(i.code === 'unrecognized_keys' ? { keys: i.keys } : {}),
});

/** zod's safeParse and the compact validator side by side, in one comparable shape. */
export function bothResults(schema: z.core.$ZodType, node: Node, input: unknown) {
  const fromZod = z.safeParse(schema, input);
  const compact = validate(node, input);
  return {
    zod: fromZod.success ? { ok: true, value: fromZod.data } : { ok: false, issues: fromZod.error.issues.map(issueView) },
    compact: compact.ok ? { ok: true, value: compact.value } : { ok: false, issues: compact.issues.map(issueView) },
  };
}
