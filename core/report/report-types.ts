import type { Cohort } from '../schema/event';

/**
 * The report's JSON. Paths named in the foundation issue (value.realized, roi.valueToCost, ...) are
 * a public format: extend, never rename. A figure that cannot be computed is `null`, with a sibling
 * `<name>Reason` saying why; never Infinity or NaN. Rates are fractions in [0, 1].
 */
export type EvidenceGrade = 'measured' | 'modeled' | 'assumed';

export interface Evidence {
  grade: EvidenceGrade;
  /** How the figure was obtained, in words and symbols a finance reader can check. */
  formula: string;
}

export interface Rejection {
  line: number;
  reason: string;
}

export interface EventCounts {
  /** Non-blank lines read, rejected and duplicate lines included. */
  read: number;
  /** Events that entered the computation. */
  accepted: number;
  rejected: number;
  duplicates: number;
  /** Valid events outside --from/--to. */
  outOfRange: number;
  /** The first rejections, each with its line number and reason. */
  rejections: Rejection[];
}

export interface Rating {
  valueToCost: number | null;
  valueToCostReason?: string;
  rating: 'negative' | 'positive' | 'strong' | null;
}

export interface TaskTimeSaved {
  completions: number;
  manualMinutes: number;
  minutes: number;
  value: number;
  grade: EvidenceGrade;
}

export interface MeasuredTimeSaved {
  task: string;
  controlMedianMs: number | null;
  treatmentMedianMs: number | null;
  /** Median control duration minus median treatment duration, per completion. */
  savedMsPerCompletion: number | null;
  ci95Ms: [number, number] | null;
  treatmentCompletions: number;
  minutes: number | null;
  value: number | null;
  reason?: string;
}

export interface Lift {
  control: number;
  treatment: number;
  absolute: number;
  relative: number | null;
  ci95: [number, number];
  valuePerSession: number;
}

export interface GoalStats {
  attempts: number;
  achieved: number;
  achievementRate: number | null;
  amount: number;
  valueWhenAchieved: number;
  expectedValuePerAttempt: number | null;
  lift: Lift | null;
  liftReason?: string;
}

export interface TtvCohort {
  users: number;
  activated: number;
  activationRate: number | null;
  meanMs: number | null;
  medianMs: number | null;
}

export interface HelpStats {
  shown: number;
  engaged: number;
  helpful: number;
  notHelpful: number;
  deflected: number;
  escalated: number;
  abandoned: number;
}

export interface CausalDeflection {
  controlEpisodes: number;
  treatmentEpisodes: number;
  controlTicketRate: number;
  treatmentTicketRate: number;
  /** Control ticket rate minus treatment ticket rate. */
  difference: number;
  ci95: [number, number];
  deflections: number;
  value: number;
  /** Value at the CI bound nearest zero: what a skeptic would still grant. */
  conservativeValue: number;
}

export interface DifferenceInDifferences {
  launchAt: number;
  /** Tickets per user-week, before and after launch, per cohort. */
  treatmentBefore: number;
  treatmentAfter: number;
  controlBefore: number;
  controlAfter: number;
  estimate: number;
}

export interface AttributedOutcome {
  totalWeight: number;
  value: number;
  flagged: boolean;
}

export interface Report {
  currency: string;
  range: { from: number | null; to: number | null };
  events: EventCounts;
  users: { count: number; byCohort: Record<Cohort, number>; withoutCohort: number };
  value: {
    realized: number;
    potential: number;
    byType: Record<string, number>;
    potentialByType: Record<string, number>;
    /** Realized value per ISO week (Monday, UTC) and type, for the "value over time" chart. */
    byWeek: Array<{ week: string; byType: Record<string, number> }>;
  };
  timeSaved: {
    minutes: number;
    value: number;
    completions: number;
    byTask: Record<string, TaskTimeSaved>;
    byUser: Record<string, { minutes: number; value: number }>;
    byApp: Record<string, { minutes: number; value: number }>;
    measured: MeasuredTimeSaved[];
  };
  costs: { total: number; byCategory: Record<string, number> };
  roi: Rating & { withPotential: Rating };
  sessions: {
    count: number;
    valuePerSession: number | null;
    costPerSession: number | null;
    netValuePerSession: number | null;
    reason?: string;
  };
  goals: Record<string, GoalStats>;
  ttv: {
    treatment: TtvCohort;
    control: TtvCohort;
    reduction: number | null;
    reductionReason?: string;
  };
  deflection: {
    episodes: number;
    helpShown: number;
    deflected: number;
    escalated: number;
    abandoned: number;
    rate: number | null;
    rateReason?: string;
    value: number;
    /** The figure that entered value.realized as type `deflection`. */
    realizedValue: number;
    grade: EvidenceGrade;
    byHelp: Record<string, HelpStats>;
    causal: CausalDeflection | null;
    causalReason?: string;
    differenceInDifferences: DifferenceInDifferences | null;
    differenceInDifferencesReason?: string;
  };
  attribution: { outcomes: Record<string, AttributedOutcome>; flagged: string[] };
  /** Grade and formula for each figure, keyed by its JSON path (e.g. `deflection.deflected`). */
  evidence: Record<string, Evidence>;
  /** With --explain: the figure's path and the ids of the events behind it. */
  explain?: { metric: string; eventIds: string[] };
}
