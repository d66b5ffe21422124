import * as z from 'zod/mini';
import { confusionSignalSchema } from './event';
import { finiteNumber, nonNegativeNumber, positiveNumber, probability, text } from './fields';
import { describeIssues } from './issues';

const name = () => text('a name', 128);
const rate = () => positiveNumber();

export const VALUE_TYPES = [
  'time_saved',
  'cost_avoided',
  'revenue_enabled',
  'churn_prevented',
  'productivity_gain',
  'quality',
  'proxy',
  'opportunity_cost',
  'revenue_lift',
  'deflection',
] as const;

const taskSchema = z.strictObject({ manualMinutes: positiveNumber(), role: z.optional(name()) });

const pricedRuleSchema = z.strictObject({
  amount: finiteNumber(),
  valueType: text('a value type (e.g. cost_avoided)'),
  probability: z.optional(probability()),
  description: z.optional(text('a description', 1024)),
});

const helpSchema = z.strictObject({
  task: z.optional(name()),
  selectors: z.optional(z.array(text('a CSS selector', 512), { error: 'expected a list of CSS selectors' })),
  signals: z.optional(z.array(confusionSignalSchema, { error: 'expected a list of confusion signals' })),
  routes: z.optional(z.array(text('a route (e.g. /reports or /reports/*)', 512), { error: 'expected a list of routes' })),
  title: text('a title', 200),
  body: text('a body', 4000),
  url: z.optional(z.url({ error: 'expected an absolute URL' })),
});

const epochOrIso = () =>
  z.union([nonNegativeNumber(), z.iso.datetime({ offset: true })], { error: 'expected epoch milliseconds or an ISO 8601 date' });

/** The value model a product team writes: tasks, rates, outcomes, help content and the holdout. */
export const valueModelSchema = z.strictObject({
  $schema: z.optional(z.string()),
  currency: z._default(
    z
      .string({ error: 'expected a 3-letter ISO 4217 currency code' })
      .check(z.regex(/^[A-Z]{3}$/, { error: 'expected a 3-letter ISO 4217 currency code (e.g. USD)' })),
    'USD',
  ),
  defaultHourlyRate: rate(),
  roles: z._default(z.record(z.string(), rate(), { error: 'expected an object of role -> hourly rate' }), {}),
  tasks: z._default(z.record(z.string(), taskSchema, { error: 'expected an object of task -> { manualMinutes }' }), {}),
  outcomes: z._default(
    z.record(z.string(), pricedRuleSchema, { error: 'expected an object of outcome -> { amount, valueType }' }),
    {},
  ),
  goals: z._default(z.record(z.string(), pricedRuleSchema, { error: 'expected an object of goal -> { amount, valueType }' }), {}),
  proxies: z._default(
    z.record(z.string(), z.strictObject({ amountPerUnit: finiteNumber() }), {
      error: 'expected an object of metric -> { amountPerUnit }',
    }),
    {},
  ),
  ticketCost: z._default(nonNegativeNumber(), 0),
  deflectionWindowMinutes: z._default(positiveNumber(), 30),
  activation: z._default(z.strictObject({ start: z._default(name(), 'signup'), end: z._default(name(), 'activation') }), {
    start: 'signup',
    end: 'activation',
  }),
  help: z._default(z.record(z.string(), helpSchema, { error: 'expected an object of help id -> help entry' }), {}),
  holdout: z._default(
    z.strictObject({
      fraction: z._default(
        finiteNumber('a fraction between 0 and 0.5').check(
          z.gte(0, { error: 'expected a fraction between 0 and 0.5' }),
          z.lte(0.5, { error: 'expected a fraction between 0 and 0.5' }),
        ),
        0.1,
      ),
      salt: z._default(text('a salt'), 'yardstick'),
    }),
    { fraction: 0.1, salt: 'yardstick' },
  ),
  /** When help launched, for the before/after difference-in-differences of ticket rates. */
  launchAt: z.optional(epochOrIso()),
});

export type ValueModel = z.infer<typeof valueModelSchema>;
export type ValueModelInput = z.input<typeof valueModelSchema>;
export type HelpEntry = ValueModel['help'][string];

export type ModelResult = { ok: true; model: ValueModel } | { ok: false; errors: string[] };

/** Validates a value model; on failure, one message per bad field saying what it should be. */
export function parseValueModel(raw: unknown): ModelResult {
  const result = z.safeParse(valueModelSchema, raw);
  if (result.success) return { ok: true, model: result.data };
  return { ok: false, errors: describeIssues(result.error.issues, raw) };
}

/** The hourly rate for a role name, or undefined when the model does not price that role. */
export function roleRate(model: ValueModel, role: string | undefined): number | undefined {
  return role === undefined ? undefined : model.roles[role];
}
