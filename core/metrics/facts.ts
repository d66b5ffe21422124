import type { Cohort, ConfusionSignal, YardstickEvent } from '../schema/event';
import { hash64, hashHigh } from '../stats/hash64';
import { ENGAGED, EpisodeTable, type SignalFact } from './episode-table';
import { append, sortStrided } from './strided';

export type { SignalFact } from './episode-table';
export { append, lowerBound } from './strided';

// Compact per-user and per-episode facts, gathered in one pass in any event order and read once
// at the end. Memory grows with users and episodes plus a few numbers per completion, ticket and
// goal (a minority of events); never with whole events. Event ids are kept only when asked
// (`keepIds`: the inspector and --explain need them).

export const NO_COHORT = 0;
export const TREATMENT = 1;
export const CONTROL = 2;
export type CohortCode = 0 | 1 | 2;

export function cohortCode(cohort: Cohort | undefined): CohortCode {
  return cohort === 'treatment' ? TREATMENT : cohort === 'control' ? CONTROL : NO_COHORT;
}

/**
 * Completions are stored flat, DONE_STRIDE numbers each: ts, durationMs (NaN if none), and the
 * task, role (the event's own, -1 if none), app (-1 if none) and cohort packed into one exact
 * integer (16 bits each, 2 for the cohort: under 2^53). Read them with the `done*` accessors.
 */
export const DONE_STRIDE = 3;
const M = 65_536;
export const packCompletion = (task: number, role: number, app: number, cohort: number): number =>
  task + M * (role + 1) + M * M * (app + 1) + M * M * M * cohort;
export const doneTs = (done: readonly number[], k: number): number => done[k * DONE_STRIDE]!;
export const doneDuration = (done: readonly number[], k: number): number => done[k * DONE_STRIDE + 1]!;
export const doneTask = (done: readonly number[], k: number): number => done[k * DONE_STRIDE + 2]! % M;
export const doneRole = (done: readonly number[], k: number): number => (Math.floor(done[k * DONE_STRIDE + 2]! / M) % M) - 1;
export const doneApp = (done: readonly number[], k: number): number => (Math.floor(done[k * DONE_STRIDE + 2]! / (M * M)) % M) - 1;
export const doneCohort = (done: readonly number[], k: number): number => Math.floor(done[k * DONE_STRIDE + 2]! / (M * M * M));

/** Tickets: ts, cohort code, and the 64-bit hash of their episodeId in two lanes (-1, -1: none). */
export const TICKET_STRIDE = 4;
/** Task starts: ts, task index. */
export const START_STRIDE = 2;

/** One episode, read from the store's columns (see episode-table.ts). */
export interface EpisodeFacts {
  index: number;
  /** The episodeId when the store keeps details (the inspector), else ''. */
  episodeId: string;
  epLo: number;
  epHi: number;
  user: UserFacts;
  cohort: Cohort | undefined;
  appId: string | undefined;
  /** Earliest confusion signal; +Infinity when only help events were seen. */
  startedAt: number;
  signalCount: number;
  /** Earliest help card, +Infinity when none. */
  helpTs: number;
  helpId: string | undefined;
  engaged: boolean;
  helpful: boolean | undefined;
  signals: SignalFact[] | null;
  eventIds: string[] | null;
}

export class UserFacts {
  cohort: Cohort | undefined = undefined;
  cohortTs = Number.POSITIVE_INFINITY;
  role: string | undefined = undefined;
  roleTs = Number.NEGATIVE_INFINITY;
  done: number[] | null = null;
  doneIds: string[] | null = null;
  starts: number[] | null = null;
  startIds: string[] | null = null;
  tickets: number[] | null = null;
  ticketIds: string[] | null = null;
  achieved: number[] | null = null;
  achievedIds: string[] | null = null;
  ttvStart = Number.POSITIVE_INFINITY;
  ttvStartId: string | undefined = undefined;
  ttvEnds: number[] | null = null;
  ttvEndIds: string[] | null = null;
  /** Distinct (ISO week * 2 + after-launch) pairs with activity, for difference-in-differences. */
  weeks: number[] | null = null;
  /** `value` events priced in minutes, waiting for the user's final role (owned by the report builder). */
  minuteValues: number[] | null = null;
  minuteValueIds: string[] | null = null;
  /** The last sessionId seen from this user (the report builder skips re-hashing it). */
  lastSession: string | undefined = undefined;
  constructor(
    readonly actor: string,
    readonly index: number,
  ) {}
}

/** A small string -> index dictionary (tasks, apps, roles): a few dozen entries, shared by all users. */
export class Interner {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private lastName: string | undefined = undefined;
  private lastIndex = -1;
  /** At most `limit` names; any further name shares the last index, named '(other)'. */
  constructor(private readonly limit = 65_535) {}
  of(name: string): number {
    // Consecutive events mostly repeat the last name (one app, a task's start then completion).
    if (name === this.lastName) return this.lastIndex;
    let i = this.index.get(name);
    if (i === undefined) {
      if (this.names.length === this.limit - 1) this.names.push('(other)');
      if (this.names.length >= this.limit) return this.limit - 1;
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    this.lastName = name;
    this.lastIndex = i;
    return i;
  }
  find(name: string): number {
    return this.index.get(name) ?? -1;
  }
}

export interface FactOptions {
  /** Keep event ids (for --explain and the inspector). Default false. */
  keepIds?: boolean;
  /** Keep each episode's signals (the inspector). Default false. */
  keepSignals?: boolean;
  /** Keep episodeId strings. Default true; the report builder turns it off to save memory. */
  keepEpisodeIds?: boolean;
  activation?: { start: string; end: string };
}

export class FactStore {
  readonly users = new Map<string, UserFacts>();
  readonly userList: UserFacts[] = [];
  readonly episodes: EpisodeTable;
  readonly helpIds = new Interner();
  readonly tasks = new Interner();
  readonly apps = new Interner();
  readonly roles = new Interner();
  readonly keepIds: boolean;
  readonly keepSignals: boolean;
  private readonly startName: string;
  private lastActor: string | undefined = undefined;
  private lastUser: UserFacts | undefined = undefined;
  private readonly endName: string;

  constructor(options: FactOptions = {}) {
    this.keepIds = options.keepIds ?? false;
    this.keepSignals = options.keepSignals ?? false;
    this.startName = options.activation?.start ?? 'signup';
    this.endName = options.activation?.end ?? 'activation';
    this.episodes = new EpisodeTable(options.keepEpisodeIds ?? true, this.keepSignals, this.keepIds);
  }

  user(actor: string): UserFacts {
    if (actor === this.lastActor) return this.lastUser!;
    let u = this.users.get(actor);
    if (u === undefined) {
      u = new UserFacts(actor, this.userList.length);
      this.users.set(actor, u);
      this.userList.push(u);
    }
    this.lastActor = actor;
    this.lastUser = u;
    return u;
  }

  /** Records every fact this store keeps about one validated event; returns its user. */
  add(e: YardstickEvent): UserFacts {
    const u = this.user(e.userId ?? e.anonymousId ?? '');
    if (e.cohort !== undefined && e.ts < u.cohortTs) {
      u.cohort = e.cohort;
      u.cohortTs = e.ts;
    }
    switch (e.name) {
      case 'identify':
        this.identify(u, e);
        break;
      case 'task_started':
        this.taskStarted(u, e);
        break;
      case 'task_completed':
        this.taskCompleted(u, e);
        break;
      case 'ticket_opened':
        this.ticket(u, e);
        break;
      case 'goal':
        if (e.props.achieved === true) this.goalAchieved(u, e);
        break;
      case 'confusion':
      case 'help_shown':
      case 'help_engaged':
      case 'help_feedback':
        this.episodeEvent(u, e);
        break;
    }
    if (e.name === this.startName) this.activationStart(u, e);
    if (e.name === this.endName) this.activationEnd(u, e);
    return u;
  }

  identify(u: UserFacts, e: YardstickEvent): void {
    if (e.ts < u.roleTs) return;
    const role = (e.props.traits as { role?: unknown } | undefined)?.role;
    u.role = typeof role === 'string' ? role : undefined;
    u.roleTs = e.ts;
  }

  taskStarted(u: UserFacts, e: YardstickEvent): void {
    if (u.starts === null) u.starts = [];
    u.starts.push(e.ts, this.tasks.of(e.props.task as string));
    if (this.keepIds) u.startIds = append(u.startIds, e.id);
  }

  taskCompleted(u: UserFacts, e: YardstickEvent): void {
    const p = e.props;
    if (u.done === null) u.done = [];
    const role = p.role;
    u.done.push(
      e.ts,
      typeof p.durationMs === 'number' ? p.durationMs : Number.NaN,
      packCompletion(
        this.tasks.of(p.task as string),
        typeof role === 'string' ? this.roles.of(role) : -1,
        e.appId === undefined ? -1 : this.apps.of(e.appId),
        cohortCode(e.cohort),
      ),
    );
    if (this.keepIds) u.doneIds = append(u.doneIds, e.id);
  }

  ticket(u: UserFacts, e: YardstickEvent): void {
    const episodeId = e.props.episodeId;
    const lo = typeof episodeId === 'string' ? hash64(episodeId) : -1;
    if (u.tickets === null) u.tickets = [];
    u.tickets.push(e.ts, cohortCode(e.cohort), lo, lo === -1 ? -1 : hashHigh());
    if (this.keepIds) u.ticketIds = append(u.ticketIds, e.id);
  }

  goalAchieved(u: UserFacts, e: YardstickEvent): void {
    u.achieved = append(u.achieved, e.ts);
    if (this.keepIds) u.achievedIds = append(u.achievedIds, e.id);
  }

  activationStart(u: UserFacts, e: YardstickEvent): void {
    if (e.ts < u.ttvStart) {
      u.ttvStart = e.ts;
      u.ttvStartId = this.keepIds ? e.id : undefined;
    }
  }

  activationEnd(u: UserFacts, e: YardstickEvent): void {
    u.ttvEnds = append(u.ttvEnds, e.ts);
    if (this.keepIds) u.ttvEndIds = append(u.ttvEndIds, e.id);
  }

  episodeEvent(u: UserFacts, e: YardstickEvent): void {
    const p = e.props;
    const t = this.episodes;
    const i = t.indexOf(u.index, p.episodeId as string);
    const code = cohortCode(e.cohort);
    if (code !== 0 && e.ts < t.cohortTs[i]!) t.setCohort(i, code, e.ts);
    if (t.app[i] === -1 && e.appId !== undefined) t.app[i] = this.apps.of(e.appId);
    if (t.eventIds !== null) t.eventIds[i]!.push(e.id);
    switch (e.name) {
      case 'confusion':
        t.signalCount[i]!++;
        if (e.ts < t.startedAt[i]!) t.startedAt[i] = e.ts;
        if (t.signals !== null) {
          const s: SignalFact = { signal: p.signal as ConfusionSignal, ts: e.ts, eventId: e.id };
          if (typeof p.selector === 'string') s.selector = p.selector;
          t.signals[i]!.push(s);
        }
        break;
      case 'help_shown':
        if (e.ts < t.helpTs[i]!) {
          t.helpTs[i] = e.ts;
          t.helpId[i] = this.helpIds.of(p.helpId as string);
        }
        break;
      case 'help_engaged':
        t.flags[i] = t.flags[i]! | ENGAGED;
        break;
      case 'help_feedback':
        if (e.ts >= t.helpfulTs[i]!) t.setHelpful(i, p.helpful === true, e.ts);
        break;
    }
  }

  /** Episode `i` as an object (made on demand, at the end: the columns are the storage). */
  episode(i: number): EpisodeFacts {
    const t = this.episodes;
    const code = t.cohortCode(i);
    const help = t.helpId[i]!;
    const app = t.app[i]!;
    return {
      index: i,
      episodeId: t.episodeIds?.[i] ?? '',
      epLo: t.epLo[i]!,
      epHi: t.epHi[i]!,
      user: this.userList[t.user[i]!]!,
      cohort: code === TREATMENT ? 'treatment' : code === CONTROL ? 'control' : undefined,
      appId: app >= 0 ? this.apps.names[app] : undefined,
      startedAt: t.startedAt[i]!,
      signalCount: t.signalCount[i]!,
      helpTs: t.helpTs[i]!,
      helpId: help >= 0 ? this.helpIds.names[help] : undefined,
      engaged: (t.flags[i]! & ENGAGED) !== 0,
      helpful: t.helpful(i),
      signals: t.signals?.[i] ?? null,
      eventIds: t.eventIds?.[i] ?? null,
    };
  }

  /** Sorts every user's facts by time (stable), once all events are in. Idempotent. */
  seal(): void {
    for (const u of this.userList) sealUser(u);
    for (const list of this.episodes.signals ?? []) list.sort((a, b) => a.ts - b.ts);
  }
}

function sealUser(u: UserFacts): void {
  if (u.done !== null) u.done = sortStrided(u.done, DONE_STRIDE, u.doneIds, (ids) => (u.doneIds = ids));
  if (u.starts !== null) u.starts = sortStrided(u.starts, START_STRIDE, u.startIds, (ids) => (u.startIds = ids));
  if (u.tickets !== null) u.tickets = sortStrided(u.tickets, TICKET_STRIDE, u.ticketIds, (ids) => (u.ticketIds = ids));
  if (u.achieved !== null) u.achieved = sortStrided(u.achieved, 1, u.achievedIds, (ids) => (u.achievedIds = ids));
}
