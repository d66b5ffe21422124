import type { EpisodeOptions } from '../detectors/defaults';

export interface Episode {
  id: string;
  /** `task:<name>` or `route:<path>`: what the user was fighting. */
  key: string;
  startedAt: number;
  /** Last signal or help activity. */
  lastAt: number;
  /** `signal|selector` pairs already logged, so one frustrated moment is a few events, not twenty. */
  logged: string[];
  helpId?: string | undefined;
}

export interface EpisodeTracker {
  /** The episode a signal on `key` at `t` belongs to, opening one if needed. */
  signal(key: string, t: number): Episode;
  /** The latest episode active within `windowMs` before `t`: the one an outcome follows. */
  openAt(t: number, windowMs: number): Episode | undefined;
  /** Adopts an episode carried over from before a reload. */
  restore(episode: Episode): void;
}

const KEEP = 16;

/**
 * Groups confusion signals into episodes: a signal joins the latest episode on the same key when
 * it comes at most `gapMs` after that episode's last activity; otherwise it opens a new one.
 */
export function createEpisodeTracker(o: EpisodeOptions, newId: () => string): EpisodeTracker {
  const recent: Episode[] = [];
  return {
    signal(key, t) {
      let found: Episode | undefined;
      for (const e of recent) if (e.key === key) found = e;
      if (found && t >= found.startedAt && t - found.lastAt <= o.gapMs) {
        found.lastAt = Math.max(found.lastAt, t);
        return found;
      }
      const episode: Episode = { id: newId(), key, startedAt: t, lastAt: t, logged: [] };
      if (recent.push(episode) > KEEP) recent.shift();
      return episode;
    },
    openAt(t, windowMs) {
      let best: Episode | undefined;
      for (const e of recent) if (e.startedAt <= t && t - e.lastAt <= windowMs && (!best || e.lastAt >= best.lastAt)) best = e;
      return best;
    },
    restore(episode) {
      if (!recent.some((e) => e.id === episode.id)) recent.push(episode);
    },
  };
}
