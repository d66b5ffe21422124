import type * as z from 'zod/mini';
import { PREDICATES } from '../predicates';
import type { Check, Node } from './descriptor';

// Compiles zod/mini schemas into descriptors for validate.ts, at build time (npm run gen:schemas).
// Only the constructs core's schemas use are supported; anything else fails the build loudly
// rather than validating differently from zod.

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  check?: string;
  format?: string;
  error?: (issue: unknown) => unknown;
  checks?: Array<{ _zod: { def: Def } }>;
  [key: string]: unknown;
}

const defOf = (s: { _zod: { def: unknown } }) => s._zod.def as Def;

function fail(where: string, what: string): never {
  throw new Error(`compact schema compiler: ${where}: ${what} is not supported; extend core/schema/compact or change the schema`);
}

/** A def's error message, which must be a plain string (zod wraps `{ error: '...' }` in a function). */
function messageOf(def: Def, where: string): string | undefined {
  if (def.error === undefined) return undefined;
  const a = def.error({ code: 'invalid_type', input: 1 });
  const b = def.error({ code: 'custom', input: 'other' });
  const m = typeof a === 'string' ? a : (a as { message?: unknown } | undefined)?.message;
  if (typeof m !== 'string' || m !== (typeof b === 'string' ? b : (b as { message?: unknown } | undefined)?.message))
    fail(where, 'an error message that is not a fixed string');
  return m;
}

function predicateName(fn: unknown, where: string): string {
  const name = Object.keys(PREDICATES).find((k) => PREDICATES[k] === fn);
  return name ?? fail(where, 'a refinement that is not a named predicate of core/schema/predicates.ts');
}

function patternOf(re: unknown, where: string): string {
  if (!(re instanceof RegExp) || re.flags !== '') fail(where, `the pattern ${String(re)}`);
  return re.source;
}

/** A check's message is its own, else its schema's: stored only when it differs from the schema's. */
function compileCheck(def: Def, owner: string | undefined, where: string): Check {
  const own = messageOf(def, where);
  const m = own === owner ? undefined : own;
  if (def.abort === true && def.check !== 'custom') fail(where, `an aborting ${def.check} check`);
  const withMessage = <C extends Check>(c: C): C => (m === undefined ? c : { ...c, m });
  switch (def.check) {
    case 'min_length':
      return withMessage({ k: 'min', n: def.minimum as number });
    case 'max_length':
      return withMessage({ k: 'max', n: def.maximum as number });
    case 'greater_than':
    case 'less_than':
      if (typeof def.value !== 'number') fail(where, `a non-number bound ${String(def.value)}`);
      return withMessage({ k: def.check === 'greater_than' ? 'gt' : 'lt', n: def.value, ...(def.inclusive ? { eq: true } : {}) });
    case 'string_format':
      if (def.format === 'regex' || def.format === 'datetime') return withMessage({ k: 're', re: patternOf(def.pattern, where) });
      if (def.format === 'url') {
        if ('normalize' in def || 'hostname' in def || 'protocol' in def) fail(where, 'a url with normalize/hostname/protocol');
        return withMessage({ k: 'url' });
      }
      return fail(where, `the string format ${def.format}`);
    case 'custom': {
      if (def.params !== undefined || def.when !== undefined) fail(where, 'a refinement with params or when');
      const path = def.path as PropertyKey[] | undefined;
      return withMessage({
        k: 'fn',
        fn: predicateName(def.fn, where),
        ...(path?.length ? { at: [...path] } : {}),
        ...(def.abort ? { stop: true as const } : {}),
      });
    }
    default:
      return fail(where, `the check ${def.check}`);
  }
}

/** The descriptor of one zod/mini schema; `where` names it in errors. */
export function compileSchema(schema: Schema, where = '(root)'): Node {
  const def = defOf(schema);
  if (def.coerce) fail(where, 'coercion');
  const m = messageOf(def, where);
  const checks: Check[] = [];
  let node: Node;
  switch (def.type) {
    case 'string':
      if (def.format !== undefined) checks.push(compileCheck(def, m, where)); // a format is its own first check
      node = { t: 'string' };
      break;
    case 'number':
      if (def.format !== undefined) fail(where, `the number format ${def.format}`);
      node = { t: 'number' };
      break;
    case 'boolean':
    case 'unknown':
      node = { t: def.type };
      break;
    case 'custom': // z.custom: accepts anything, then runs its predicate as its first check
      checks.push(compileCheck(def, m, where));
      node = { t: 'unknown' };
      break;
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (values.some((v) => typeof v !== 'string')) fail(where, 'a non-string enum');
      node = { t: 'enum', values };
      break;
    }
    case 'literal':
      node = { t: 'enum', values: [...(def.values as unknown[])] };
      break;
    case 'optional': {
      const of = compileSchema(def.innerType as Schema, where);
      if (of.t === 'default') fail(where, 'an optional default'); // validate.ts assumes zod's simple cases of optin/optout
      node = { t: 'optional', of };
      break;
    }
    case 'default': {
      const value = def.defaultValue;
      if (value === undefined || JSON.stringify(JSON.parse(JSON.stringify(value))) !== JSON.stringify(value))
        fail(where, 'a default that is not plain JSON');
      const of = compileSchema(def.innerType as Schema, where);
      if (of.t === 'default' || of.t === 'optional') fail(where, 'a default of an optional or default');
      node = { t: 'default', of, value };
      break;
    }
    case 'union':
      if (def.inclusive === false || def.discriminator !== undefined) fail(where, 'an exclusive or discriminated union');
      node = { t: 'union', of: (def.options as Schema[]).map((o, i) => compileSchema(o, `${where}|${i}`)) };
      if (node.of.some((o) => o.t === 'optional' || o.t === 'default')) fail(where, 'an optional or default union option');
      break;
    case 'object': {
      const shape: Record<string, Node> = {};
      const rawShape = def.shape as Record<string, Schema>;
      if (Object.getOwnPropertySymbols(rawShape).length || Object.hasOwn(rawShape, '__proto__'))
        fail(where, 'a symbol or __proto__ key');
      for (const [key, field] of Object.entries(rawShape)) shape[key] = compileSchema(field, `${where}.${key}`);
      const catchall = def.catchall === undefined ? undefined : defOf(def.catchall as Schema).type;
      const extra =
        catchall === undefined ? 'strip' : catchall === 'unknown' ? 'loose' : catchall === 'never' ? 'strict' : undefined;
      node = { t: 'object', shape, extra: extra ?? fail(where, `a ${catchall} catchall`) };
      break;
    }
    case 'record': {
      const key = defOf(def.keyType as Schema);
      if (key.type !== 'string' || key.format !== undefined || key.checks?.length || def.mode !== undefined)
        fail(where, 'a record whose keys are not plain strings');
      node = { t: 'record', of: compileSchema(def.valueType as Schema, `${where}.*`) };
      break;
    }
    case 'array':
      node = { t: 'array', of: compileSchema(def.element as Schema, `${where}[]`) };
      break;
    default:
      return fail(where, `the type ${def.type}`);
  }
  if (def.checks?.length && node.t === 'array') fail(where, 'checks on an array');
  for (const ch of def.checks ?? []) checks.push(compileCheck(defOf(ch), m, where));
  if (m !== undefined) node.m = m;
  if (checks.length) node.checks = checks;
  return node;
}
