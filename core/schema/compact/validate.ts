import { runCheck } from './checks';
import type { Node } from './descriptor';

// Validates data against a descriptor with zod/mini's semantics (v4 core/schemas.js): the same
// issues in the same order, the same output (defaults filled, unknown keys stripped or kept), so
// describeIssues reads the same. `continue` is zod's flag: an issue without it stops later checks.

export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  continue?: boolean;
}
export interface Payload {
  value: unknown;
  issues: Issue[];
}
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const INVALID = 'Invalid input';
const aborted = (issues: Issue[], from = 0) => issues.slice(from).some((i) => !i.continue);
const isObject = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (typeof ctor !== 'function') return true;
  const proto = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

// A fresh copy per parse, so a caller that edits its model cannot change the next parse's defaults.
const copy = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

const prefixed = (key: PropertyKey, issues: Issue[]) => {
  for (const i of issues) i.path.unshift(key);
  return issues;
};

function parse(n: Node, p: Payload): Payload {
  const v = p.value;
  const fail = (code: string) => p.issues.push({ code, path: [], message: n.m ?? INVALID });
  switch (n.t) {
    case 'string':
    case 'boolean':
      if (typeof v !== n.t) fail('invalid_type');
      return p;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) fail('invalid_type');
      return p;
    case 'unknown':
      return p;
    case 'enum':
      if (!n.values.includes(v)) fail('invalid_value');
      return p;
    case 'optional':
      return v === undefined ? p : run(n.of, v);
    case 'default': {
      return v === undefined ? { value: copy(n.value), issues: [] } : run(n.of, v);
    }
    case 'union': {
      const results: Payload[] = [];
      for (const option of n.of) {
        const r = run(option, v);
        if (r.issues.length === 0 || n.of.length === 1) return r;
        results.push(r);
      }
      const live = results.filter((r) => !aborted(r.issues));
      if (live.length === 1) return live[0]!;
      fail('invalid_union');
      return p;
    }
    case 'array':
      if (!Array.isArray(v)) fail('invalid_type');
      else {
        const out: unknown[] = Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = run(n.of, v[i]);
          p.issues.push(...prefixed(i, r.issues));
          out[i] = r.value;
        }
        p.value = out;
      }
      return p;
    case 'record':
      if (!isPlainObject(v)) fail('invalid_type');
      else {
        const out: Record<PropertyKey, unknown> = {};
        for (const key of Reflect.ownKeys(v)) {
          if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
          if (typeof key !== 'string') p.issues.push({ code: 'invalid_key', path: [key], message: n.m ?? INVALID });
          else {
            const r = run(n.of, v[key]);
            p.issues.push(...prefixed(key, r.issues));
            out[key] = r.value;
          }
        }
        p.value = out;
      }
      return p;
    case 'object':
      if (!isObject(v)) fail('invalid_type');
      else p.value = parseObject(n, v, p.issues);
      return p;
  }
}

function parseObject(
  n: Extract<Node, { t: 'object' }>,
  input: Record<PropertyKey, unknown>,
  issues: Issue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // zod's handlePropertyResult, for the fields compile.ts allows: an absent optional key stays
  // absent, an absent default is filled, any other absent key is an issue.
  for (const key of Object.keys(n.shape)) {
    const field = n.shape[key]!;
    const present = key in input;
    if (!present && field.t === 'optional') continue;
    const r = run(field, input[key]);
    issues.push(...prefixed(key, r.issues));
    if (present || field.t === 'default') out[key] = r.value;
    else if (!r.issues.length) issues.push({ code: 'invalid_type', path: [key], message: INVALID });
  }
  if (n.extra === 'strip') return out;
  const unknownKeys: string[] = [];
  for (const key in input) {
    if (Object.hasOwn(n.shape, key)) continue;
    if (n.extra === 'strict') unknownKeys.push(key);
    else if (key !== '__proto__') out[key] = input[key];
  }
  if (unknownKeys.length)
    issues.push({ code: 'unrecognized_keys', path: [], message: n.m ?? INVALID, keys: unknownKeys, continue: true });
  return out;
}

function run(n: Node, value: unknown): Payload {
  const p = parse(n, { value, issues: [] });
  let stop = aborted(p.issues);
  for (const ch of n.checks ?? []) {
    if (ch.k === 'min' || ch.k === 'max') {
      // zod runs length checks on anything with a length, even after a failed type test.
      if (p.issues.some((i) => i.continue === false)) continue;
      if (p.value == null || (p.value as { length?: unknown }).length === undefined) continue;
    } else if (stop) continue;
    const before = p.issues.length;
    runCheck(ch, p, n.m);
    if (!stop) stop = aborted(p.issues, before);
  }
  return p;
}

/** zod's safeParse, on a descriptor: the output, or the issues in zod's order. */
export function validate<T>(n: Node, value: unknown): Validated<T> {
  const p = run(n, value);
  return p.issues.length ? { ok: false, issues: p.issues } : { ok: true, value: p.value as T };
}
