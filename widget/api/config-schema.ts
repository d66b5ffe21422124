import * as z from 'zod/mini';
import { cohortSchema } from '../../core/schema/event';
import { isBadgeTarget } from '../../core/schema/predicates';

// The source of truth for init()'s config. The widget does not bundle zod: `npm run gen:schemas`
// compiles this into config.generated.ts, which config.ts validates against.

const num = () => z.optional(z.number({ error: 'expected a number' }).check(z.gte(0, { error: 'expected a number >= 0' })));
const detector = <T extends Record<string, ReturnType<typeof num>>>(shape: T) =>
  z.optional(z.union([z.literal(false), z.strictObject(shape)], { error: 'expected false or an object of thresholds' }));

const APP_ID = 'expected an app id of letters, digits, "-" and "_" (up to 64); set data-app-id="your-app" or init({ appId })';

export const configSchema = z.strictObject({
  appId: z.string({ error: APP_ID }).check(z.regex(/^[A-Za-z0-9][\w-]{0,63}$/, { error: APP_ID })),
  model: z.union([z.string().check(z.minLength(1)), z.record(z.string(), z.unknown())], {
    error: 'expected the URL of your value model JSON (data-model="/yardstick-model.json") or the model object',
  }),
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  cohort: z.optional(cohortSchema),
  endpoint: z.optional(z.string({ error: 'expected the URL of your collector' }).check(z.minLength(1))),
  badge: z.optional(
    z.custom<string | Element>(isBadgeTarget, {
      error: 'expected bottom-right, bottom-left, top-right, top-left, off, a CSS selector or an element',
    }),
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
