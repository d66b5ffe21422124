export type {
  BadgePlacement,
  Cohort,
  DetectorOverrides,
  HelpShown,
  ReadyInfo,
  Traits,
  ValueModelInput,
  Yardstick,
  YardstickConfig,
  YardstickError,
  YardstickEvent,
  YardstickEvents,
} from './api/types';
export { yardstick, yardstick as default } from './entries/esm';
