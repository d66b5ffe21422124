import * as z from 'zod/mini';
import { type EventValidators, parseEventWith } from './event-parser';
import { finiteNumber, flag, nonNegativeNumber, probability, text } from './fields';
import { hasActor, hasAmountOrMinutes, isFiniteNumber } from './predicates';

export const COHORTS = ['treatment', 'control'] as const;
export const cohortSchema = z.enum(COHORTS, { error: 'expected "treatment" or "control"' });
export type Cohort = z.infer<typeof cohortSchema>;

export const CONFUSION_SIGNALS = [
  'rage_click',
  'dead_click',
  'error_loop',
  'thrash',
  'quick_back',
  'help_search',
  'hesitation',
] as const;
export const confusionSignalSchema = z.enum(CONFUSION_SIGNALS, {
  error: `expected one of ${CONFUSION_SIGNALS.join(', ')}`,
});
export type ConfusionSignal = z.infer<typeof confusionSignalSchema>;

const id = () => text('a non-empty id', 128);
const optionalText = () => z.optional(text());

/** Props of the built-in event names; extra props are kept, custom names keep any props. */
export const builtInProps = {
  identify: z.looseObject({
    traits: z.looseObject({ role: optionalText(), plan: optionalText(), segment: optionalText() }),
  }),
  signup: z.looseObject({}),
  activation: z.looseObject({}),
  task_started: z.looseObject({ task: text('a task name') }),
  task_completed: z.looseObject({
    task: text('a task name'),
    durationMs: z.optional(nonNegativeNumber()),
    role: optionalText(),
  }),
  confusion: z.looseObject({ signal: confusionSignalSchema, episodeId: id(), selector: z.optional(text('a selector', 512)) }),
  help_shown: z.looseObject({ helpId: id(), episodeId: id(), trigger: text('a trigger') }),
  help_engaged: z.looseObject({ helpId: id(), episodeId: id() }),
  help_feedback: z.looseObject({ helpId: id(), episodeId: id(), helpful: flag() }),
  ticket_opened: z.looseObject({ episodeId: z.optional(id()), channel: optionalText() }),
  goal: z.looseObject({ goal: text('a goal name'), achieved: flag() }),
  outcome: z.looseObject({ outcome: text('an outcome name'), probability: z.optional(probability()) }),
  value: z
    .looseObject({
      valueType: text('a value type'),
      amount: z.optional(finiteNumber()),
      minutes: z.optional(nonNegativeNumber()),
      role: optionalText(),
      probability: z.optional(probability()),
      attributionWeight: z.optional(nonNegativeNumber()),
      outcome: optionalText(),
      description: z.optional(text('a description', 1024)),
    })
    .check(
      z.refine(hasAmountOrMinutes, {
        error: 'expected an amount or minutes',
        path: ['amount'],
      }),
    ),
  proxy: z.looseObject({ metric: text('a metric name'), delta: finiteNumber() }),
  cost: z.looseObject({ amount: nonNegativeNumber(), category: text('a cost category') }),
} as const;

export type BuiltInName = keyof typeof builtInProps;
export type PropsOf<N extends BuiltInName> = z.infer<(typeof builtInProps)[N]>;
export const BUILT_IN_NAMES = Object.keys(builtInProps) as BuiltInName[];

export function isBuiltIn(name: string): name is BuiltInName {
  return Object.hasOwn(builtInProps, name);
}

const envelope = {
  id: id(),
  name: text('an event name', 128),
  appId: z.optional(text('an app id', 128)),
  userId: z.optional(id()),
  anonymousId: z.optional(id()),
  sessionId: z.optional(id()),
  cohort: z.optional(cohortSchema),
};

const actorIssue = { error: 'expected a userId or an anonymousId', path: ['userId'] };

const TS_EXPECTED = 'expected epoch milliseconds or an ISO 8601 date';
const epochMs = (error: string) => z.number({ error }).check(z.refine(isFiniteNumber, { error }), z.gte(0, { error }));

/** An event as written by producers: `ts` as epoch ms or an ISO string, `props` optional. */
export const eventInputSchema = z
  .looseObject(
    {
      ...envelope,
      ts: z.union([epochMs(TS_EXPECTED), z.iso.datetime({ offset: true, error: TS_EXPECTED })], { error: TS_EXPECTED }),
      props: z.optional(z.record(z.string(), z.unknown(), { error: 'expected an object' })),
    },
    { error: 'expected an event object' },
  )
  .check(z.refine(hasActor, actorIssue));
export type EventInput = z.input<typeof eventInputSchema>;

/** An event after validation: `ts` in epoch ms and `props` always present. What core computes on. */
export const eventSchema = z
  .object({
    ...envelope,
    ts: epochMs(TS_EXPECTED),
    props: z.record(z.string(), z.unknown()),
  })
  .check(z.refine(hasActor, actorIssue));
export type YardstickEvent = z.infer<typeof eventSchema>;

export type ParseResult = { ok: true; event: YardstickEvent } | { ok: false; reason: string };

/**
 * Validates one raw event (envelope and, for built-in names, props) and normalizes it.
 * Never throws: a bad event comes back with a reason naming each bad field.
 * Unknown top-level keys are dropped: extra data belongs in `props`.
 */
export function parseEvent(raw: unknown): ParseResult {
  return parseEventWith(zodValidators, raw);
}

const zodValidators: EventValidators = {
  envelope(raw) {
    const r = z.safeParse(eventInputSchema, raw);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: r.error.issues };
  },
  propsIssues(name, props) {
    if (!isBuiltIn(name)) return undefined;
    const r = z.safeParse(builtInProps[name], props);
    return r.success ? undefined : r.error.issues;
  },
};

/** Who did it: the identified user, else the anonymous id. */
export function actorOf(event: Pick<YardstickEvent, 'userId' | 'anonymousId'>): string {
  return event.userId ?? event.anonymousId ?? '';
}

/** Typed access to a built-in event's props, once `parseEvent` has validated them. */
export function propsOf<N extends BuiltInName>(event: YardstickEvent & { name: N }): PropsOf<N> {
  return event.props as PropsOf<N>;
}
