import type { EventInput, ParseResult, YardstickEvent } from './event';
import { describeIssues, type IssueLike } from './issues';

// The steps of parseEvent, shared by core's zod version (event.ts) and the widget's zod-free one
// (compact/event.ts): each passes in its own validators, so the normalization exists once.

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: readonly IssueLike[] };

export interface EventValidators {
  envelope(raw: unknown): Checked<EventInput>;
  /** Issues of a built-in name's props; undefined for a valid one or a custom name. */
  propsIssues(name: string, props: Record<string, unknown>): readonly IssueLike[] | undefined;
}

const COPIED = ['appId', 'userId', 'anonymousId', 'sessionId', 'cohort'] as const;

/** The envelope first, then a built-in name's props (paths under `props.`); `ts` to epoch ms. */
export function parseEventWith(validators: EventValidators, raw: unknown): ParseResult {
  const envelope = validators.envelope(raw);
  if (!envelope.ok) return { ok: false, reason: describeIssues(envelope.issues, raw).join('; ') };
  const input = envelope.value;
  const props = input.props ?? {};
  const propsIssues = validators.propsIssues(input.name, props);
  if (propsIssues) {
    const issues = propsIssues.map((issue) => ({ ...issue, path: ['props', ...issue.path] }));
    return { ok: false, reason: describeIssues(issues, { props }).join('; ') };
  }
  const event: YardstickEvent = { id: input.id, name: input.name, ts: toEpochMs(input.ts), props };
  for (const key of COPIED) {
    if (input[key] !== undefined) (event as Record<string, unknown>)[key] = input[key];
  }
  return { ok: true, event };
}

function toEpochMs(ts: number | string): number {
  return typeof ts === 'number' ? ts : Date.parse(ts);
}
