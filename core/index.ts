// Yardstick core's public surface. Re-exports only; a test pins the list (index.test.ts).

export { type Episode, type EpisodeStatus, resolveEpisodes } from './metrics/episodes';
export { hourlyRateFor, type RoleContext } from './metrics/hourly-rate';
export { savedMinutes, type TimeSavedSummary, timeSavedOf } from './metrics/time-saved';
export { buildReport, createReportBuilder, type ReportBuilder, type ReportOptions } from './report/build-report';
export { EXPLAIN_PATHS } from './report/explain';
export type * from './report/report-types';
export {
  actorOf,
  BUILT_IN_NAMES,
  builtInProps,
  COHORTS,
  CONFUSION_SIGNALS,
  type Cohort,
  type ConfusionSignal,
  type EventInput,
  eventInputSchema,
  eventSchema,
  isBuiltIn,
  type ParseResult,
  parseEvent,
  propsOf,
  type YardstickEvent,
} from './schema/event';
export { eventJsonSchema, valueModelJsonSchema } from './schema/json-schema';
export {
  type HelpEntry,
  type ModelResult,
  parseValueModel,
  roleRate,
  VALUE_TYPES,
  type ValueModel,
  type ValueModelInput,
  valueModelSchema,
} from './schema/value-model';
