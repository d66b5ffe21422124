import { describe, expect, it } from 'vitest';
import { eventJsonSchema, valueModelJsonSchema } from './json-schema';

describe('generated JSON Schemas', () => {
  it('describes the event envelope, the actor rule and every built-in props schema', () => {
    const schema = eventJsonSchema();
    expect(schema.required).toEqual(['id', 'name', 'ts']);
    expect(schema.anyOf).toEqual([{ required: ['userId'] }, { required: ['anonymousId'] }]);
    const props = schema['x-yardstick-props'] as Record<string, { required?: string[] }>;
    expect(props.task_completed?.required).toEqual(['task']);
    expect(props.confusion?.required).toEqual(['signal', 'episodeId']);
  });

  it('describes the value model with its defaults', () => {
    const schema = valueModelJsonSchema() as { required: string[]; properties: Record<string, { default?: unknown }> };
    expect(schema.required).toEqual(['defaultHourlyRate']);
    expect(schema.properties.deflectionWindowMinutes?.default).toBe(30);
  });
});
