import * as z from 'zod/mini';
import { isFiniteNumber } from './predicates';

// Field builders whose messages say what the value should be, so an issue reads
// `tasks.export_report.manualMinutes: expected a positive number, got "20m"`.

export const text = (what = 'a non-empty string', max = 256) =>
  z
    .string({ error: `expected ${what}` })
    .check(
      z.minLength(1, { error: `expected ${what}` }),
      z.maxLength(max, { error: `expected ${what} of at most ${max} characters` }),
    );

export const finiteNumber = (what = 'a number') =>
  z.number({ error: `expected ${what}` }).check(z.refine(isFiniteNumber, { error: `expected ${what}` }));

export const positiveNumber = () => finiteNumber('a positive number').check(z.positive({ error: 'expected a positive number' }));

export const nonNegativeNumber = () => finiteNumber('a number >= 0').check(z.gte(0, { error: 'expected a number >= 0' }));

export const probability = () =>
  finiteNumber('a probability between 0 and 1').check(
    z.gte(0, { error: 'expected a probability between 0 and 1' }),
    z.lte(1, { error: 'expected a probability between 0 and 1' }),
  );

export const flag = () => z.boolean({ error: 'expected true or false' });
