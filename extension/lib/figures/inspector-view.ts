import { causalDeflectionOf, causalFromCounts } from '../../../core/metrics/causal-deflection';
import { type Episode, type EpisodeStatus, resolveEpisodes } from '../../../core/metrics/episodes';
import { FactStore } from '../../../core/metrics/facts';
import { roundMoney } from '../../../core/metrics/round';
import type { CausalDeflection } from '../../../core/report/report-types';
import type { ConfusionSignal, YardstickEvent } from '../../../core/schema/event';
import type { ValueModel } from '../../../core/schema/value-model';

export interface Partition {
  app: string;
  model: ValueModel | null;
  events: YardstickEvent[];
}

export const RANGES = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, all: Number.POSITIVE_INFINITY } as const;
export type RangeKey = keyof typeof RANGES;

export interface InspectorFilters {
  status: 'all' | EpisodeStatus;
  cohort: 'all' | 'treatment' | 'control';
  signal: 'all' | ConfusionSignal;
  app: string;
  range: RangeKey;
}
export const DEFAULT_FILTERS: InspectorFilters = { status: 'all', cohort: 'all', signal: 'all', app: 'all', range: '24h' };

export interface EpisodeRow extends Episode {
  key: string;
  app: string;
  helpTitle?: string;
  /** Whether the user opened a ticket within the window after the first signal (the holdout's measure). */
  ticketAfterSignal: boolean;
  ticketCost: number;
  currency: string;
}

export interface InspectorTotals {
  episodes: number;
  helpShown: number;
  deflected: number;
  escalated: number;
  abandoned: number;
  open: number;
  /** deflected / help shown, as core's strict rule (open episodes count as shown, not deflected). */
  rate: number | null;
  /**
   * Ticket costs of the deflected episodes, one sum per currency: apps on one origin may price
   * tickets in different currencies, and adding dollars to euros would be a made-up number.
   */
  saved: MoneyTotal[];
  /** The holdout comparison as core's report states it, without the money (that is `saved`'s job). */
  holdout: Omit<CausalDeflection, 'deflections' | 'value' | 'conservativeValue'> | null;
  holdoutReason?: string;
}

export interface MoneyTotal {
  currency: string;
  amount: number;
}

export interface InspectorView {
  rows: EpisodeRow[];
  totals: InspectorTotals;
  /** Every signal kind and app present before filtering (for the filter menus). */
  signals: ConfusionSignal[];
  apps: string[];
}

const episodeKey = (app: string, e: Pick<Episode, 'userId' | 'episodeId'>) => `${app}\u0000${e.userId}\u0000${e.episodeId}`;

/**
 * The inspector's episodes and running totals for one origin, from core alone: statuses from
 * `resolveEpisodes(events, model, now)` (so a running window shows as open), ticket-after-signal
 * from `causalDeflectionOf` (the holdout comparison), rates and differences from
 * `causalFromCounts`. With no filter and every window closed, the totals equal the report's
 * `deflection.{episodes, helpShown, deflected, escalated, abandoned, rate, value}`.
 */
export function inspectorView(partitions: Partition[], filters: InspectorFilters, now: number): InspectorView {
  const all: EpisodeRow[] = [];
  const signals = new Set<ConfusionSignal>();
  for (const { app, model, events } of partitions) {
    if (model === null) continue;
    const tickets = new Map<string, boolean>();
    const store = new FactStore();
    for (const e of events) store.add(e);
    store.seal();
    causalDeflectionOf(store, model, (ep, ticket) =>
      tickets.set(episodeKey(app, { userId: ep.user.actor, episodeId: ep.episodeId }), ticket >= 0),
    );
    for (const episode of resolveEpisodes(events, model, now)) {
      const key = episodeKey(app, episode);
      const row: EpisodeRow = {
        ...episode,
        key,
        app,
        ticketAfterSignal: tickets.get(key) ?? false,
        ticketCost: model.ticketCost,
        currency: model.currency,
      };
      const help = episode.help && Object.hasOwn(model.help, episode.help.helpId) ? model.help[episode.help.helpId] : undefined;
      if (help !== undefined) row.helpTitle = help.title;
      for (const s of episode.signals) signals.add(s.signal);
      all.push(row);
    }
  }
  const rows = all.filter((r) => matches(r, filters)).sort((a, b) => b.startedAt - a.startedAt || (a.key < b.key ? -1 : 1));
  return { rows, totals: totalsOf(rows), signals: [...signals].sort(), apps: partitions.map((p) => p.app) };
}

function matches(row: EpisodeRow, f: InspectorFilters): boolean {
  if (f.status !== 'all' && row.status !== f.status) return false;
  if (f.cohort !== 'all' && row.cohort !== f.cohort) return false;
  if (f.signal !== 'all' && !row.signals.some((s) => s.signal === f.signal)) return false;
  if (f.app !== 'all' && row.app !== f.app) return false;
  return true;
}

/** Every currency of the rows shown, so "nothing saved yet" still reads as a zero in the right money. */
function savedByCurrency(rows: EpisodeRow[]): MoneyTotal[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const deflected = r.help !== undefined && r.status === 'deflected';
    sums.set(r.currency, (sums.get(r.currency) ?? 0) + (deflected ? r.ticketCost : 0));
  }
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ currency, amount: roundMoney(amount) }));
}

export function totalsOf(rows: EpisodeRow[]): InspectorTotals {
  const count = (status: EpisodeStatus) => rows.filter((r) => r.status === status).length;
  const helped = rows.filter((r) => r.help !== undefined);
  const deflected = helped.filter((r) => r.status === 'deflected');
  const totals: InspectorTotals = {
    episodes: rows.length,
    helpShown: helped.length,
    deflected: deflected.length,
    escalated: count('escalated'),
    abandoned: count('abandoned'),
    open: count('open'),
    rate: helped.length > 0 ? deflected.length / helped.length : null,
    saved: savedByCurrency(rows),
    holdout: null,
  };
  const control = rows.filter((r) => r.cohort === 'control');
  const treatment = rows.filter((r) => r.cohort === 'treatment');
  if (control.length === 0 || treatment.length === 0) {
    totals.holdoutReason = control.length === 0 ? 'no holdout (control) episode yet' : 'no treatment episode yet';
    return totals;
  }
  const tickets = (list: EpisodeRow[]) => list.filter((r) => r.ticketAfterSignal).length;
  const c = causalFromCounts(control.length, tickets(control), treatment.length, tickets(treatment), rows[0]?.ticketCost ?? 0);
  totals.holdout = {
    controlEpisodes: c.controlEpisodes,
    treatmentEpisodes: c.treatmentEpisodes,
    controlTicketRate: c.controlTicketRate,
    treatmentTicketRate: c.treatmentTicketRate,
    difference: c.difference,
    ci95: c.ci95,
  };
  return totals;
}
