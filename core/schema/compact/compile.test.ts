import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { hasActor } from '../predicates';
import { compileSchema } from './compile';

describe('compileSchema', () => {
  it('maps a named predicate to its name and keeps message, path and order', () => {
    const schema = z
      .looseObject({ userId: z.optional(z.string()) })
      .check(z.refine(hasActor, { error: 'expected a userId', path: ['userId'] }));
    expect(compileSchema(schema)).toEqual({
      t: 'object',
      shape: { userId: { t: 'optional', of: { t: 'string' } } },
      extra: 'loose',
      checks: [{ k: 'fn', fn: 'hasActor', at: ['userId'], m: 'expected a userId' }],
    });
  });

  it('stores a check message only when it differs from its schema', () => {
    const schema = z.string({ error: 'a' }).check(z.minLength(1, { error: 'a' }), z.maxLength(2, { error: 'b' }));
    expect(compileSchema(schema)).toEqual({
      t: 'string',
      m: 'a',
      checks: [
        { k: 'min', n: 1 },
        { k: 'max', n: 2, m: 'b' },
      ],
    });
  });

  it.each([
    ['an anonymous refinement', z.number().check(z.refine((n) => n > 1))],
    [
      'a transform',
      z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    ],
    ['a regex with flags', z.string().check(z.regex(/a/i))],
    ['an error that depends on the issue', z.string({ error: (i) => `bad ${String(i.input)}` })],
    ['a catchall', z.catchall(z.object({}), z.string())],
    ['coercion', z.coerce.number()],
    ['an email format', z.email()],
    ['an optional union option', z.union([z.optional(z.string()), z.number()])],
    ['a default of an optional', z._default(z.optional(z.string()), 'x')],
  ])('fails loudly on %s', (_name, schema) => {
    expect(() => compileSchema(schema as z.core.$ZodType)).toThrow(/not supported/);
  });
});
