/**
 * Detector thresholds and their defaults. Every default says why it is what it is; README.md in
 * this folder has the long form with the peers' numbers. All of them can be overridden through
 * `init({ detectors: { rageClick: { clicks: 4 } } })`, and any detector can be turned off with
 * `false`.
 */

export interface RageClickOptions {
  /** Clicks that make a streak. 3, like posthog-js and Datadog: two quick clicks are a double-click. */
  clicks: number;
  /** Most time between two clicks of a streak. 1 s (posthog-js): slower than that reads as deliberate. */
  windowMs: number;
  /** Farthest a click may land from the streak's first click. 30 px (posthog-js): one control's size. */
  radiusPx: number;
}

export interface DeadClickOptions {
  /** How long a click on a control may go without any DOM change. 2.5 s (posthog-js): slow apps respond within it. */
  waitMs: number;
  /** A scroll or selection change this soon after the click counts as a response. 100 ms (posthog-js). */
  quietMs: number;
}

export interface RepeatOptions {
  /** Occurrences of the same thing that make a loop. */
  repeats: number;
  /** Window they must fall in. */
  windowMs: number;
}

export interface RouteOptions {
  /** Route changes back and forth between the same two routes that make thrash. 4 = A B A B A. */
  switches: number;
  /** Window for those switches. 30 s: long enough for a user looking for something on two pages. */
  windowMs: number;
  /** Returning to the previous route within this time is a quick back. 5 s: not enough to read a page. */
  quickBackMs: number;
}

export interface HesitationOptions {
  /** Idle this many times the user's usual gap between actions in a task is hesitation. 4x. */
  factor: number;
  /** Never hesitation below this idle time. 30 s: reading a paragraph or a form label takes that. */
  minIdleMs: number;
  /** Threshold until 5 gaps of this user are known. 60 s: without history, stay conservative. */
  fallbackIdleMs: number;
}

export interface EpisodeOptions {
  /** Signals on the same task or route at most this far apart form one episode. 60 s. */
  gapMs: number;
}

export interface DetectorSettings {
  rageClick: RageClickOptions | false;
  deadClick: DeadClickOptions | false;
  errorLoop: RepeatOptions | false;
  thrash: RouteOptions | false;
  helpSearch: RepeatOptions | false;
  hesitation: HesitationOptions | false;
  episode: EpisodeOptions;
}

export type DetectorOverrides = {
  [K in keyof DetectorSettings]?: K extends 'episode'
    ? Partial<EpisodeOptions>
    : Partial<Exclude<DetectorSettings[K], false>> | false;
};

export const DETECTOR_DEFAULTS: DetectorSettings = {
  rageClick: { clicks: 3, windowMs: 1000, radiusPx: 30 },
  deadClick: { waitMs: 2500, quietMs: 100 },
  // One failed submit is normal and a second often reveals the next field; a third in a minute is a loop.
  errorLoop: { repeats: 3, windowMs: 60_000 },
  thrash: { switches: 4, windowMs: 30_000, quickBackMs: 5_000 },
  // Searching three times in two minutes means the first two searches did not find it.
  helpSearch: { repeats: 3, windowMs: 120_000 },
  hesitation: { factor: 4, minIdleMs: 30_000, fallbackIdleMs: 60_000 },
  episode: { gapMs: 60_000 },
};

/** Defaults with the overrides laid over them, key by key. */
export function resolveDetectors(overrides: DetectorOverrides = {}): DetectorSettings {
  const out = { ...DETECTOR_DEFAULTS } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const base = DETECTOR_DEFAULTS[key as keyof DetectorSettings];
    if (value === undefined || base === undefined) continue;
    out[key] = value === false && key !== 'episode' ? false : { ...(base as object), ...(value as object) };
  }
  return out as unknown as DetectorSettings;
}
