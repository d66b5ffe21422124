import type { Cohort, YardstickEvent } from '../../core/schema/event';
import type { ValueModelInput } from '../../core/schema/value-model';
import type { DetectorOverrides } from '../detectors/defaults';

export type { Cohort, DetectorOverrides, ValueModelInput, YardstickEvent };

/** Where the saved-time badge goes: a corner of the viewport, `off`, or a host element / CSS selector. */
export type BadgePlacement = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'off';

export interface YardstickConfig {
  /** Your app's id (letters, digits, `-`, `_`; up to 64). The script tag's `data-app-id`. */
  appId: string;
  /** URL of your value model JSON (same origin under a strict CSP), or the model itself. `data-model`. */
  model: string | ValueModelInput;
  /**
   * The signed-in user, when known at load time (same as calling identify() without traits). Also
   * how QA and tests pin a user: `init({ userId: 'qa_1' })`.
   */
  userId?: string;
  /**
   * Forces the holdout cohort instead of hashing the user id. For QA and tests only: a forced
   * cohort is not a random assignment, so never force it for real users.
   */
  cohort?: Cohort;
  /** Optional HTTP sink: events are also POSTed there as NDJSON. `data-endpoint`. */
  endpoint?: string;
  /** The saved-time badge: a corner (default `bottom-right`), `off`, a CSS selector or an element to mount into. `data-badge`. */
  badge?: BadgePlacement | string | Element;
  /** BCP 47 locale for numbers, durations and currency; defaults to the browser's. */
  locale?: string;
  /** Treat Do Not Track and Global Privacy Control as an opt-out (unless the user opted in). Default false. */
  respectDoNotTrack?: boolean;
  /** Detector thresholds; `false` turns a detector off. See widget/detectors/README.md. */
  detectors?: DetectorOverrides;
  /** Logs what the widget does to the console. */
  debug?: boolean;
}

export type Traits = { role?: string; plan?: string; segment?: string } & Record<string, unknown>;

export interface YardstickError {
  kind: 'config' | 'model' | 'storage' | 'sink' | 'track' | 'ui' | 'internal';
  message: string;
  /** Events lost so far because storage or the sink could not keep them. */
  dropped?: number;
}

export interface HelpShown {
  helpId: string;
  episodeId: string;
  title: string;
}

export interface ReadyInfo {
  appId: string;
  cohort: Cohort;
  anonymousId: string;
  userId?: string | undefined;
  capturing: boolean;
}

/** What `on()` can listen to. */
export interface YardstickEvents {
  /** Each accepted event (it passed core's schema and is on its way to storage). */
  event: YardstickEvent;
  error: YardstickError;
  /** A help card was shown. */
  help: HelpShown;
  ready: ReadyInfo;
}

export interface Yardstick {
  init(config: YardstickConfig): void;
  identify(userId: string, traits?: Traits): void;
  track(name: string, props?: Record<string, unknown>): void;
  taskStarted(task: string): void;
  taskCompleted(task: string): void;
  activation(): void;
  ticketOpened(channel?: string): void;
  optOut(): void;
  optIn(): void;
  /** Resolves once every event accepted so far is stored (and offered to the sink). Never rejects. */
  flush(): Promise<void>;
  on<K extends keyof YardstickEvents>(event: K, cb: (detail: YardstickEvents[K]) => void): () => void;
}

export type MethodName = Exclude<keyof Yardstick, 'on' | 'flush'> | 'on' | 'flush';
