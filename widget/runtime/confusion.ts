import type { ConfusionSignal } from '../../core/schema/event';
import type { ValueModel } from '../../core/schema/value-model';
import { closestSafe } from '../capture/element-facts';
import { selectorOf } from '../capture/selector';
import type { EpisodeOptions } from '../detectors/defaults';
import { createEpisodeTracker, type Episode } from '../episodes/episode-tracker';
import { matchHelp } from '../episodes/help-match';
import type { HelpRequest } from '../ui/ui-contract';
import type { LocalStore } from './local';

export interface ConfusionDeps {
  model: ValueModel;
  episode: EpisodeOptions;
  newId(): string;
  /** sessionStorage, so the open episode survives a reload mid-task. */
  session: LocalStore;
  sessionKey: string;
  record(name: string, props: Record<string, unknown>, ts: number): void;
  isTreatment(): boolean;
  showHelp(request: HelpRequest): void;
}

export interface Confusion {
  signal(
    signal: ConfusionSignal,
    el: Element | null,
    route: string,
    activeTask: string | undefined,
    ts: number,
    extra?: Record<string, unknown>,
  ): void;
  /** The episode an outcome at `ts` follows, if one is still open within the deflection window. */
  openEpisodeId(ts: number): string | undefined;
  /** Help activity keeps its episode open. */
  touch(episodeId: string, ts: number): void;
}

/** The same help is not shown again within 10 minutes: one card per frustrated moment, no nagging. */
const SNOOZE_MS = 10 * 60_000;

/**
 * Signal -> episode -> `confusion` event -> help card. One event per signal and selector per
 * episode; the help entry is matched for both cohorts (logged as props.helpId, so the report can
 * compare like with like) and shown only to treatment, once per episode.
 */
export function createConfusion(d: ConfusionDeps): Confusion {
  const episodes = createEpisodeTracker(d.episode, () => `ep_${d.newId()}`);
  const windowMs = d.model.deflectionWindowMinutes * 60_000;
  const snoozed = new Map<string, number>();
  const byId = new Map<string, Episode>();
  try {
    // Nothing saved reads as null, and JSON.parse(null) is null.
    const saved = JSON.parse(d.session.get(d.sessionKey) as string) as Episode | null;
    if (saved?.id) {
      episodes.restore(saved);
      byId.set(saved.id, saved);
    }
  } catch {
    // Nothing usable was saved.
  }
  const save = (e: Episode) => d.session.set(d.sessionKey, JSON.stringify(e));

  return {
    signal(signal, el, route, activeTask, ts, extra = {}) {
      const task = el?.closest('[data-yardstick-task]')?.getAttribute('data-yardstick-task') || activeTask;
      const episode = episodes.signal(task ? `task:${task}` : `route:${route}`, ts);
      byId.set(episode.id, episode);
      const selector = selectorOf(el);
      const mark = `${signal}|${selector ?? ''}`;
      if (episode.logged.includes(mark)) return;
      episode.logged.push(mark);
      const matches = el ? (s: string) => closestSafe(el, s) !== null : undefined;
      const helpId = matchHelp(d.model.help, { signal, route, task, matches });
      const props: Record<string, unknown> = { signal, episodeId: episode.id, route, ...extra };
      if (selector !== undefined) props.selector = selector;
      if (task) props.task = task;
      if (helpId !== undefined) props.helpId = helpId;
      d.record('confusion', props, ts);
      if (helpId !== undefined && episode.helpId === undefined && d.isTreatment() && (snoozed.get(helpId) ?? 0) <= ts) {
        episode.helpId = helpId;
        snoozed.set(helpId, ts + SNOOZE_MS);
        d.showHelp({ helpId, entry: d.model.help[helpId]!, episodeId: episode.id, signal, target: el });
      }
      save(episode);
    },
    openEpisodeId(ts) {
      return episodes.openAt(ts, windowMs)?.id;
    },
    touch(episodeId, ts) {
      const e = byId.get(episodeId);
      if (e === undefined) return;
      e.lastAt = Math.max(e.lastAt, ts);
      save(e);
    },
  };
}
