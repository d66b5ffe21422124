import { isOwnEvent, type Viewer } from '../../../core/metrics/own-events';
import { ratingOf } from '../../../core/metrics/roi';
import { timeSavedOf } from '../../../core/metrics/time-saved';
import type { YardstickEvent } from '../../../core/schema/event';
import type { ExtDatabase } from '../store/ext-db';
import { readModel } from '../store/models';
import { eventsOf, readByName, readPartition } from '../store/read-events';
import { readSettings } from '../store/settings';
import { type PeriodStarts, periodStarts } from './periods';
import { pricedAt } from './priced-model';

export interface PeriodFigure {
  minutes: number;
  value: number;
}

/** What the overlay on one origin may show: that origin's app only, nothing from elsewhere. */
export interface OverlayFigures {
  ok: true;
  app: string;
  /** False until the page's widget handed over a valid value model. */
  hasModel: boolean;
  paused: boolean;
  currency: string;
  /** 'yours' when priced at the user's hourly rate, 'app' when at the app's own model rates. */
  rateSource: 'yours' | 'app';
  today: PeriodFigure;
  week: PeriodFigure;
  month: PeriodFigure;
  seatCost: number | null;
  /** The user's own hourly rate (their setting, not another site's figure), for the "valued at" note. */
  hourlyRate: number | null;
  /** This month's value over the monthly seat price, rated by core (null without a seat price). */
  valueToCost: number | null;
  rating: 'negative' | 'positive' | 'strong' | null;
}

const ZERO: PeriodFigure = { minutes: 0, value: 0 };

/**
 * The overlay's figures for one origin's app: the viewer's own events when the page says who is
 * signed in, else every event of the app in this profile (a widget too old to say).
 */
export async function overlayFigures(
  db: ExtDatabase,
  origin: string,
  app: string,
  now: number,
  viewer?: Viewer,
): Promise<OverlayFigures> {
  const [model, settings, appRecord] = await Promise.all([
    readModel(db, origin, app),
    readSettings(db),
    db.get('apps', [origin, app]),
  ]);
  const starts = periodStarts(now);
  const base = {
    ok: true as const,
    app,
    hasModel: model !== null,
    paused: appRecord?.paused ?? false,
    rateSource: settings.hourlyRate === null ? ('app' as const) : ('yours' as const),
    seatCost: appRecord?.seatCost ?? null,
    hourlyRate: settings.hourlyRate,
  };
  if (model === null) {
    return { ...base, currency: settings.currency, today: ZERO, week: ZERO, month: ZERO, valueToCost: null, rating: null };
  }
  const since = Math.min(starts.week, starts.month);
  const recent = eventsOf(await readPartition(db, origin, app, since));
  // At the app's rates, a user's identified role prices their minutes, whenever they identified.
  const identities =
    settings.hourlyRate === null
      ? eventsOf((await readByName(db, 'identify')).filter((r) => r.origin === origin && r.app === app && r.event.ts < since))
      : [];
  const priced = pricedAt(model, settings.hourlyRate);
  const mine = viewer === undefined ? (_: YardstickEvent) => true : (e: YardstickEvent) => isOwnEvent(e, viewer);
  const own = [...identities, ...recent].filter(mine);
  const figures = periodFigures(own, starts, (events) => timeSavedOf(events, priced));
  const currency = settings.hourlyRate === null ? model.currency : settings.currency;
  const rating = base.seatCost === null || settings.hourlyRate === null ? null : ratingOf(figures.month.value, base.seatCost);
  return { ...base, currency, ...figures, valueToCost: rating?.valueToCost ?? null, rating: rating?.rating ?? null };
}

/** Time saved per period, each computed by core on the events of that period (identities always in). */
export function periodFigures(
  events: readonly YardstickEvent[],
  starts: PeriodStarts,
  timeSaved: (events: YardstickEvent[]) => PeriodFigure,
): { today: PeriodFigure; week: PeriodFigure; month: PeriodFigure } {
  const of = (from: number) => {
    const { minutes, value } = timeSaved(events.filter((e) => e.name === 'identify' || e.ts >= from));
    return { minutes, value };
  };
  return { today: of(starts.today), week: of(starts.week), month: of(starts.month) };
}
