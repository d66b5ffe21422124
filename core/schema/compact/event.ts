import type { EventInput, ParseResult } from '../event';
import { parseEventWith } from '../event-parser';
import { BUILT_IN_PROPS, EVENT_INPUT } from './event.generated';
import { validate } from './validate';

/** core's parseEvent (../event.ts) without zod: same result, same reasons, for the widget. */
export function parseEvent(raw: unknown): ParseResult {
  return parseEventWith(
    {
      envelope: (value) => validate<EventInput>(EVENT_INPUT, value),
      propsIssues(name, props) {
        if (!Object.hasOwn(BUILT_IN_PROPS, name)) return undefined;
        const r = validate(BUILT_IN_PROPS[name]!, props);
        return r.ok ? undefined : r.issues;
      },
    },
    raw,
  );
}
