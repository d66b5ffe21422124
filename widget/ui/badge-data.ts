import { type TimeSavedSummary, timeSavedOf } from '../../core/metrics/time-saved';
import type { YardstickEvent } from '../../core/schema/event';
import type { ValueModel } from '../../core/schema/value-model';
import { type Period, periodStart } from './periods';

export type BadgeFigures = Record<Period, TimeSavedSummary>;

/**
 * Core's `timeSavedOf` over this user's events since the start of a period. `identify` events are
 * kept whatever their time, since the user's role prices their time.
 */
export function savedSince(
  period: Period,
  events: readonly YardstickEvent[],
  model: ValueModel,
  now: number,
  weekStartsOn = 1,
): TimeSavedSummary {
  const start = periodStart(period, now, weekStartsOn);
  return timeSavedOf(
    events.filter((e) => e.name === 'identify' || (e.ts >= start && e.ts <= now)),
    model,
  );
}

/** The breakdown's figures: today, this week and this month. */
export function badgeFigures(events: readonly YardstickEvent[], model: ValueModel, now: number, weekStartsOn = 1): BadgeFigures {
  const since = (period: Period) => savedSince(period, events, model, now, weekStartsOn);
  return { today: since('today'), week: since('week'), month: since('month') };
}
