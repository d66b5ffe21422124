import { ratingOf } from '../../../core/metrics/roi';
import { timeSavedOf } from '../../../core/metrics/time-saved';
import type { YardstickEvent } from '../../../core/schema/event';
import type { ValueModel } from '../../../core/schema/value-model';
import { readCompletionsSince } from '../store/completion-days';
import type { AppRecord, ExtDatabase } from '../store/ext-db';
import { readAllModels } from '../store/models';
import { readSettings, type UserSettings } from '../store/settings';
import { lastWeeks, periodStarts } from './periods';
import { pricedAt } from './priced-model';
import { linearTrend, type Trend } from './trend';

export interface Amount {
  minutes: number;
  /** Null when it cannot be priced in the user's currency (no hourly rate set yet). */
  value: number | null;
}

export interface AppSummary {
  origin: string;
  app: string;
  /** "acme · app.acme.com": what the user recognises. */
  label: string;
  paused: boolean;
  seatCost: number | null;
  hasModel: boolean;
  events: number;
  lastEventAt: number;
  month: Amount;
  /** One entry per week of `PopupSummary.weeks`. */
  weekly: Amount[];
  valueToCost: number | null;
  rating: 'negative' | 'positive' | 'strong' | null;
}

export interface PopupSummary {
  settings: UserSettings;
  weeks: number[];
  apps: AppSummary[];
  month: { minutes: number; value: number | null; cost: number; valueToCost: number | null; rating: AppSummary['rating'] };
  /** Weekly totals across apps (value when priced, else minutes) and their least-squares trend. */
  trend: { unit: 'value' | 'minutes'; totals: number[]; fit: Trend | null };
}

export const WEEKS_SHOWN = 12;
const key = (origin: string, app: string) => `${origin}\u0000${app}`;

/**
 * Everything the popup shows, computed by core's timeSavedOf per app and week at the user's own
 * hourly rate. Reads only completions, from the day records of the last `WEEKS_SHOWN` weeks or
 * this month, whichever is longer. Identities are not needed: roles only set rates, never minutes,
 * and without the user's own rate no value is shown.
 */
export async function popupSummary(db: ExtDatabase, now: number): Promise<PopupSummary> {
  const [settings, apps, models] = await Promise.all([readSettings(db), db.getAll('apps'), readAllModels(db)]);
  const weeks = lastWeeks(now, WEEKS_SHOWN);
  const { month: monthStart } = periodStarts(now);
  const since = Math.min(weeks[0]!, monthStart);
  const completions = await readCompletionsSince(db, apps, since);
  const modelOf = new Map(models.map((m) => [key(m.origin, m.app), m.model]));

  const summaries = apps
    .map((app, i) =>
      summarizeApp(app, modelOf.get(key(app.origin, app.app)) ?? null, completions[i]!, settings, weeks, monthStart),
    )
    .sort((a, b) => b.month.minutes - a.month.minutes || b.lastEventAt - a.lastEventAt);

  const priced = settings.hourlyRate !== null;
  const monthMinutes = sum(summaries.map((s) => s.month.minutes));
  const monthValue = priced ? sum(summaries.map((s) => s.month.value ?? 0)) : null;
  const cost = sum(summaries.map((s) => s.seatCost ?? 0));
  const rated = monthValue !== null && cost > 0 ? ratingOf(monthValue, cost) : null;
  const totals = weeks.map((_, i) =>
    sum(summaries.map((s) => (priced ? (s.weekly[i]?.value ?? 0) : (s.weekly[i]?.minutes ?? 0)))),
  );
  return {
    settings,
    weeks,
    apps: summaries,
    month: {
      minutes: monthMinutes,
      value: monthValue,
      cost,
      valueToCost: rated?.valueToCost ?? null,
      rating: rated?.rating ?? null,
    },
    trend: { unit: priced ? 'value' : 'minutes', totals, fit: linearTrend(totals) },
  };
}

function summarizeApp(
  app: AppRecord,
  model: ValueModel | null,
  done: YardstickEvent[],
  settings: UserSettings,
  weeks: number[],
  monthStart: number,
): AppSummary {
  const amount = (from: number, to: number): Amount => {
    if (model === null) return { minutes: 0, value: settings.hourlyRate === null ? null : 0 };
    const inRange = done.filter((e) => e.ts >= from && e.ts < to);
    const saved = timeSavedOf(inRange, pricedAt(model, settings.hourlyRate));
    return { minutes: saved.minutes, value: settings.hourlyRate === null ? null : saved.value };
  };
  const month = amount(monthStart, Number.POSITIVE_INFINITY);
  const weekly = weeks.map((start, i) => amount(start, weeks[i + 1] ?? Number.POSITIVE_INFINITY));
  const rated = month.value !== null && app.seatCost !== null ? ratingOf(month.value, app.seatCost) : null;
  return {
    origin: app.origin,
    app: app.app,
    label: labelOf(app.origin, app.app),
    paused: app.paused,
    seatCost: app.seatCost,
    hasModel: model !== null,
    events: app.events,
    lastEventAt: app.lastEventAt,
    month,
    weekly,
    valueToCost: rated?.valueToCost ?? null,
    rating: rated?.rating ?? null,
  };
}

/** "acme · localhost:4173" */
export function labelOf(origin: string, app: string): string {
  try {
    return `${app} · ${new URL(origin).host}`;
  } catch {
    return app;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
