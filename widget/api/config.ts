import * as z from 'zod/mini';
import { cohortSchema } from '../../core/schema/event';
import { describeIssues } from '../../core/schema/issues';
import type { YardstickConfig } from './types';

const num = () => z.optional(z.number({ error: 'expected a number' }).check(z.gte(0, { error: 'expected a number >= 0' })));
const detector = <T extends Record<string, ReturnType<typeof num>>>(shape: T) =>
  z.optional(z.union([z.literal(false), z.strictObject(shape)], { error: 'expected false or an object of thresholds' }));

const APP_ID = 'expected an app id of letters, digits, "-" and "_" (up to 64); set data-app-id="your-app" or init({ appId })';

const configSchema = z.strictObject({
  appId: z.string({ error: APP_ID }).check(z.regex(/^[A-Za-z0-9][\w-]{0,63}$/, { error: APP_ID })),
  model: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())], {
    error: 'expected the URL of your value model JSON (data-model="/yardstick-model.json") or the model object',
  }),
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  cohort: z.optional(cohortSchema),
  endpoint: z.optional(z.string({ error: 'expected the URL of your collector' }).check(z.minLength(1))),
  badge: z.optional(
    z.custom<string | Element>(
      (v) => (typeof v === 'string' && v.length > 0) || (typeof v === 'object' && v !== null && 'appendChild' in v),
      {
        error: 'expected bottom-right, bottom-left, top-right, top-left, off, a CSS selector or an element',
      },
    ),
  ),
  locale: z.optional(z.string({ error: 'expected a BCP 47 locale such as en-US' })),
  respectDoNotTrack: z.optional(z.boolean({ error: 'expected true or false' })),
  debug: z.optional(z.boolean({ error: 'expected true or false' })),
  detectors: z.optional(
    z.strictObject({
      rageClick: detector({ clicks: num(), windowMs: num(), radiusPx: num() }),
      deadClick: detector({ waitMs: num(), quietMs: num() }),
      errorLoop: detector({ repeats: num(), windowMs: num() }),
      thrash: detector({ switches: num(), windowMs: num(), quickBackMs: num() }),
      helpSearch: detector({ repeats: num(), windowMs: num() }),
      hesitation: detector({ factor: num(), minIdleMs: num(), fallbackIdleMs: num() }),
      episode: z.optional(z.strictObject({ gapMs: num() })),
    }),
  ),
});

export type ConfigResult = { ok: true; config: YardstickConfig } | { ok: false; errors: string[] };

/** Validates init()'s config; each error names the field, what it should be, and what it was. */
export function parseConfig(raw: unknown): ConfigResult {
  const r = z.safeParse(configSchema, raw);
  return r.success ? { ok: true, config: r.data as YardstickConfig } : { ok: false, errors: describeIssues(r.error.issues, raw) };
}

/** The script tag's attributes as config: data-app-id, data-model, data-endpoint, data-badge. */
export function configFromScript(script: { getAttribute(name: string): string | null } | null): Partial<YardstickConfig> {
  const out: Partial<YardstickConfig> = {};
  if (!script) return out;
  const pairs = [
    ['appId', 'data-app-id'],
    ['model', 'data-model'],
    ['endpoint', 'data-endpoint'],
    ['badge', 'data-badge'],
    ['locale', 'data-locale'],
  ] as const;
  for (const [key, attr] of pairs) {
    const v = script.getAttribute(attr);
    if (v !== null) (out as Record<string, string>)[key] = v;
  }
  if (script.getAttribute('data-respect-dnt') !== null) out.respectDoNotTrack = true;
  return out;
}
