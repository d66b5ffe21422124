import { type TimeSavedSummary, timeSavedOf } from '../../core/metrics/time-saved';
import type { YardstickEvent } from '../../core/schema/event';
import type { ValueModel } from '../../core/schema/value-model';
import { type Period, periodStart } from './periods';

export type BadgeFigures = Record<Period, TimeSavedSummary>;

/**
 * The badge's figures: core's `timeSavedOf` over this user's events since the start of each period.
 * `identify` events are kept whatever their time, since the user's role prices their time.
 */
export function badgeFigures(events: readonly YardstickEvent[], model: ValueModel, now: number, weekStartsOn = 1): BadgeFigures {
  const since = (period: Period) => {
    const start = periodStart(period, now, weekStartsOn);
    return timeSavedOf(
      events.filter((e) => e.name === 'identify' || (e.ts >= start && e.ts <= now)),
      model,
    );
  };
  return { today: since('today'), week: since('week'), month: since('month') };
}
