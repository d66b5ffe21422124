import type { Cohort, ConfusionSignal, YardstickEvent } from '../schema/event';
import type { ValueModel } from '../schema/value-model';
import { DONE_STRIDE, doneTask, doneTs, type EpisodeFacts, FactStore, lowerBound, TICKET_STRIDE, type UserFacts } from './facts';

// Strict deflection, one episode at a time. An episode is the confusion events of one user sharing
// an episodeId; its first help card opens a window of `deflectionWindowMinutes`, inclusive at both
// ends. A ticket of the same user inside the window, carrying this episodeId or none, escalates it
// (even if the task also completed). Otherwise the help's task — or, when the help names none, any
// task or achieved goal — completing inside the window deflects it. Otherwise it was abandoned.
// Help events whose episodeId never had a confusion signal do not form an episode.

export type EpisodeStatus = 'deflected' | 'escalated' | 'abandoned' | 'open' | 'unhelped';

export interface Episode {
  episodeId: string;
  userId: string;
  appId?: string;
  cohort?: Cohort;
  signals: { signal: ConfusionSignal; selector?: string; ts: number; eventId: string }[];
  startedAt: number;
  help?: { helpId: string; shownAt: number; engaged: boolean; helpful?: boolean };
  status: EpisodeStatus;
  windowEndsAt?: number;
  resolvedAt?: number;
  /** With `now` inside the window: when the task completed, while a ticket could still escalate. */
  completedAt?: number;
  eventIds: string[];
}

export interface Resolution {
  status: EpisodeStatus;
  windowEndsAt?: number;
  resolvedAt?: number;
  completedAt?: number;
  /** Index into the user's sealed tickets of the escalating ticket, else -1. */
  ticket: number;
  /** Index into the user's sealed completions (`done`) or achieved goals that deflected it, else -1. */
  completion: number;
  completionIsGoal: boolean;
}

export type DeflectionModel = Pick<ValueModel, 'help' | 'deflectionWindowMinutes'>;

export const windowMsOf = (model: Pick<ValueModel, 'deflectionWindowMinutes'>): number => model.deflectionWindowMinutes * 60_000;

/** First ticket of the episode's user in [from, to] that carries its episodeId or none; -1 when none. */
export function firstTicketIn(ep: EpisodeFacts, from: number, to: number): number {
  const tickets = ep.user.tickets;
  if (tickets === null) return -1;
  const n = tickets.length / TICKET_STRIDE;
  for (let i = lowerBound(tickets, TICKET_STRIDE, from); i < n && tickets[i * TICKET_STRIDE]! <= to; i++) {
    const lo = tickets[i * TICKET_STRIDE + 2]!;
    if (lo === -1 || (lo === ep.epLo && tickets[i * TICKET_STRIDE + 3] === ep.epHi)) return i;
  }
  return -1;
}

/** First completion of `task` (or of any task when `task` is -2) in [from, to]; -1 when none. */
function firstCompletionIn(u: UserFacts, task: number, from: number, to: number): number {
  const done = u.done;
  if (done === null || task === -1) return -1;
  const n = done.length / DONE_STRIDE;
  for (let i = lowerBound(done, DONE_STRIDE, from); i < n && doneTs(done, i) <= to; i++) {
    if (task === -2 || doneTask(done, i) === task) return i;
  }
  return -1;
}

function firstGoalIn(u: UserFacts, from: number, to: number): number {
  if (u.achieved === null) return -1;
  const i = lowerBound(u.achieved, 1, from);
  return i < u.achieved.length && u.achieved[i]! <= to ? i : -1;
}

/** Resolves one episode; the store must be sealed. Without `now`, an unresolved episode is abandoned. */
export function resolveEpisode(ep: EpisodeFacts, store: FactStore, model: DeflectionModel, now?: number): Resolution {
  const r: Resolution = { status: 'unhelped', ticket: -1, completion: -1, completionIsGoal: false };
  if (ep.helpId === undefined) return r;
  const u = ep.user;
  const from = ep.helpTs;
  const to = from + windowMsOf(model);
  r.windowEndsAt = to;
  r.ticket = firstTicketIn(ep, from, to);
  if (r.ticket >= 0) {
    r.status = 'escalated';
    r.resolvedAt = u.tickets![r.ticket * TICKET_STRIDE]!;
    return r;
  }
  const helpTask = Object.hasOwn(model.help, ep.helpId) ? model.help[ep.helpId]!.task : undefined;
  let completedAt = Number.POSITIVE_INFINITY;
  if (helpTask !== undefined) {
    r.completion = firstCompletionIn(u, store.tasks.find(helpTask), from, to);
    if (r.completion >= 0) completedAt = doneTs(u.done!, r.completion);
  } else {
    const task = firstCompletionIn(u, -2, from, to);
    const goal = firstGoalIn(u, from, to);
    const taskTs = task >= 0 ? doneTs(u.done!, task) : Number.POSITIVE_INFINITY;
    const goalTs = goal >= 0 ? u.achieved![goal]! : Number.POSITIVE_INFINITY;
    if (goalTs < taskTs) {
      r.completion = goal;
      r.completionIsGoal = true;
      completedAt = goalTs;
    } else if (task >= 0) {
      r.completion = task;
      completedAt = taskTs;
    }
  }
  if (now !== undefined && now < to) {
    r.status = 'open';
    if (r.completion >= 0) r.completedAt = completedAt;
  } else if (r.completion >= 0) {
    r.status = 'deflected';
    r.resolvedAt = completedAt;
  } else r.status = 'abandoned';
  return r;
}

/** Every episode in the store, in order of first sight, skipping help-only episode ids. */
export function* episodesOf(store: FactStore): Generator<EpisodeFacts> {
  const t = store.episodes;
  for (let i = 0; i < t.size; i++) if (t.signalCount[i]! > 0) yield store.episode(i);
}

/** Ids of the events behind a resolved episode: its own events, then the resolving ticket or completion. */
export function resolutionIds(ep: EpisodeFacts, r: Resolution): string[] {
  const ids = ep.eventIds === null ? [] : [...ep.eventIds];
  const u = ep.user;
  if (r.ticket >= 0 && u.ticketIds !== null) ids.push(u.ticketIds[r.ticket]!);
  else if (r.completion >= 0) {
    const source = r.completionIsGoal ? u.achievedIds : u.doneIds;
    if (source !== null) ids.push(source[r.completion]!);
  }
  return ids;
}

/**
 * Episodes of validated events with their strict status, earliest first. With `now` (epoch ms),
 * an episode whose window is still running and has no ticket yet is 'open'; without it, the
 * report's rule applies and an unresolved episode is 'abandoned'. Linear in events, plus a sort.
 */
export function resolveEpisodes(events: Iterable<YardstickEvent>, model: DeflectionModel, now?: number): Episode[] {
  const store = new FactStore({ keepIds: true, keepSignals: true });
  for (const e of events) store.add(e);
  store.seal();
  const out: Episode[] = [];
  for (const ep of episodesOf(store)) {
    const r = resolveEpisode(ep, store, model, now);
    const episode: Episode = {
      episodeId: ep.episodeId,
      userId: ep.user.actor,
      signals: ep.signals ?? [],
      startedAt: ep.startedAt,
      status: r.status,
      eventIds: resolutionIds(ep, r),
    };
    if (ep.appId !== undefined) episode.appId = ep.appId;
    if (ep.cohort !== undefined) episode.cohort = ep.cohort;
    if (ep.helpId !== undefined) {
      episode.help = { helpId: ep.helpId, shownAt: ep.helpTs, engaged: ep.engaged };
      if (ep.helpful !== undefined) episode.help.helpful = ep.helpful;
    }
    if (r.windowEndsAt !== undefined) episode.windowEndsAt = r.windowEndsAt;
    if (r.resolvedAt !== undefined) episode.resolvedAt = r.resolvedAt;
    if (r.completedAt !== undefined) episode.completedAt = r.completedAt;
    out.push(episode);
  }
  return out.sort((a, b) => a.startedAt - b.startedAt || (a.episodeId < b.episodeId ? -1 : a.episodeId > b.episodeId ? 1 : 0));
}
