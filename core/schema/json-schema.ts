import * as z from 'zod/mini';
import { builtInProps, eventInputSchema } from './event';
import { valueModelSchema } from './value-model';

/**
 * JSON Schemas generated from the zod schemas, for producers in other languages and for editors
 * (`"$schema"` in a value-model file). The zod schemas stay the single source of truth.
 */
export function eventJsonSchema(): Record<string, unknown> {
  const envelope = z.toJSONSchema(eventInputSchema, { io: 'input', unrepresentable: 'any' });
  const props = Object.fromEntries(
    Object.entries(builtInProps).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
  );
  return {
    ...envelope,
    // The "userId or anonymousId" refinement is not representable by zod's generator; state it here.
    anyOf: [{ required: ['userId'] }, { required: ['anonymousId'] }],
    title: 'Yardstick event',
    description: 'One event per NDJSON line. `props` of built-in names must match `x-yardstick-props[name]`.',
    'x-yardstick-props': props,
  };
}

export function valueModelJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(valueModelSchema, { io: 'input', unrepresentable: 'any' }), title: 'Yardstick value model' };
}
