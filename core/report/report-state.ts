import { AttributionTally } from '../metrics/attribution';
import { FactStore, Interner } from '../metrics/facts';
import { GoalTally } from '../metrics/goals';
import { ValueTally } from '../metrics/value';
import type { ValueModel } from '../schema/value-model';
import { DEFAULT_SEED } from '../stats/prng';
import { createExplainer, type Explainer } from './explain';
import { IdSet } from './id-set';

export interface ReportOptions {
  /** Inclusive bounds in epoch ms; events outside are counted in `events.outOfRange` and left out. */
  from?: number;
  to?: number;
  /** A figure's path (e.g. `deflection.deflected`): the report lists the ids of the events behind it. */
  explain?: string;
  /** Seed of the bootstrap's PRNG; the same input and seed give the same intervals. */
  seed?: number;
  /** Rejections listed with line and reason (all are counted). Default 100. */
  maxRejections?: number;
  /** Bootstrap resamples per task for measured time saved. Default 1000. */
  bootstrapIterations?: number;
}

/** Stride of `UserFacts.minuteValues`: ts, minutes, type, probability, weight (NaN: none), outcome, role. */
export const MINUTE_VALUE_STRIDE = 7;

/** Everything the builder keeps while streaming; `finish-report.ts` turns it into the report. */
export class ReportState {
  read = 0;
  accepted = 0;
  rejected = 0;
  duplicates = 0;
  outOfRange = 0;
  readonly rejections: { line: number; reason: string }[] = [];
  readonly ids = new IdSet(1 << 14);
  readonly sessions = new IdSet(1 << 10);
  readonly store: FactStore;
  readonly value = new ValueTally();
  readonly attribution = new AttributionTally();
  readonly goals = new GoalTally();
  readonly costsByCategory = new Map<string, number>();
  readonly valueTypes = new Interner();
  readonly outcomes = new Interner();
  readonly from: number;
  readonly to: number;
  readonly launchAt: number | undefined;
  readonly maxRejections: number;
  readonly seed: number;
  readonly explainer: Explainer | null;

  constructor(
    readonly model: ValueModel,
    readonly options: ReportOptions,
  ) {
    this.explainer = options.explain === undefined ? null : createExplainer(options.explain);
    this.store = new FactStore({ keepIds: this.explainer !== null, keepEpisodeIds: false, activation: model.activation });
    this.from = options.from ?? Number.NEGATIVE_INFINITY;
    this.to = options.to ?? Number.POSITIVE_INFINITY;
    const launch = model.launchAt;
    this.launchAt = launch === undefined ? undefined : typeof launch === 'number' ? launch : Date.parse(launch);
    this.maxRejections = options.maxRejections ?? 100;
    this.seed = options.seed ?? DEFAULT_SEED;
  }
}
