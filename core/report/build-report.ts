import { didWeekCode } from '../metrics/did';
import { append, cohortCode, type UserFacts } from '../metrics/facts';
import { isRealized, priceGoal, priceOutcome, priceProxy, priceValue } from '../metrics/value';
import { weekIndex } from '../metrics/week';
import { parseEvent, type YardstickEvent } from '../schema/event';
import type { ValueModel } from '../schema/value-model';
import { fastParseEvent } from './fast-parse';
import { finishReport } from './finish-report';
import { type ReportOptions, ReportState } from './report-state';
import type { Report } from './report-types';

export type { ReportOptions } from './report-state';

export interface ReportBuilder {
  /** One NDJSON line; blank lines are skipped and not counted. */
  addLine(line: string, lineNo: number): void;
  /** One raw event (any JSON value); `lineNo` defaults to its position among the events added. */
  addEvent(raw: unknown, lineNo?: number): void;
  /** Computes the report. Call once, after the last event. */
  finish(): Report;
}

class Builder implements ReportBuilder {
  readonly s: ReportState;
  constructor(model: ValueModel, options: ReportOptions) {
    this.s = new ReportState(model, options);
  }

  addLine(line: string, lineNo: number): void {
    let i = 0;
    const n = line.length;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 0xfeff) break;
      i++;
    }
    if (i === n) return;
    this.s.read++;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      this.reject(lineNo, `not valid JSON: ${(err as Error).message}`);
      return;
    }
    this.take(raw, lineNo);
  }

  addEvent(raw: unknown, lineNo?: number): void {
    this.s.read++;
    this.take(raw, lineNo ?? this.s.read);
  }

  finish(): Report {
    return finishReport(this.s);
  }

  private reject(line: number, reason: string): void {
    const s = this.s;
    s.rejected++;
    if (s.rejections.length < s.maxRejections) s.rejections.push({ line, reason });
  }

  private take(raw: unknown, lineNo: number): void {
    let e = fastParseEvent(raw, true);
    if (e === undefined) {
      const parsed = parseEvent(raw);
      if (!parsed.ok) {
        this.reject(lineNo, parsed.reason);
        return;
      }
      e = parsed.event;
    }
    const s = this.s;
    if (!s.ids.add(e.id)) {
      s.duplicates++;
      s.explainer?.duplicate(e.id);
      return;
    }
    if (e.ts < s.from || e.ts > s.to) {
      s.outOfRange++;
      return;
    }
    s.accepted++;
    this.record(e);
  }

  private record(e: YardstickEvent): void {
    const s = this.s;
    const usersBefore = s.store.users.size;
    const u = s.store.add(e);
    const ex = s.explainer;
    if (ex !== null) {
      ex.accepted(e.id);
      if (s.store.users.size > usersBefore) ex.newUser(e.id);
    }
    // Most of a user's consecutive events share a session: compare before hashing.
    const session = e.sessionId;
    if (session !== undefined && session !== u.lastSession) {
      u.lastSession = session;
      if (s.sessions.add(session)) ex?.newSession(e.id);
    }
    if (s.launchAt !== undefined) trackWeek(u, didWeekCode(weekIndex(e.ts), e.ts, s.launchAt));
    switch (e.name) {
      case 'value':
        this.onValue(e, u);
        break;
      case 'outcome': {
        const priced = priceOutcome(s.model, e.props.outcome as string, e.props.probability as number | undefined);
        if (priced !== null) {
          s.value.add(priced, e.ts);
          ex?.value(e.id, priced.type, priced.realized);
        }
        break;
      }
      case 'proxy': {
        const priced = priceProxy(s.model, e.props.metric as string, e.props.delta as number);
        if (priced !== null) {
          s.value.add(priced, e.ts);
          ex?.value(e.id, priced.type, priced.realized);
        }
        break;
      }
      case 'cost': {
        const category = e.props.category as string;
        s.costsByCategory.set(category, (s.costsByCategory.get(category) ?? 0) + (e.props.amount as number));
        ex?.cost(e.id, category);
        break;
      }
      case 'goal': {
        const goal = e.props.goal as string;
        const achieved = e.props.achieved === true;
        s.goals.add(goal, achieved, cohortCode(e.cohort));
        ex?.goal(e.id, goal, achieved, e.cohort !== undefined);
        const priced = achieved ? priceGoal(s.model, goal) : null;
        if (priced !== null) {
          s.value.add(priced, e.ts);
          ex?.value(e.id, priced.type, priced.realized);
        }
        break;
      }
    }
  }

  /** An explicit amount is priced now; minutes wait for the user's final role (see finish-report). */
  private onValue(e: YardstickEvent, u: UserFacts): void {
    const s = this.s;
    const p = e.props;
    const type = p.valueType as string;
    const probability = p.probability as number | undefined;
    const weight = p.attributionWeight as number | undefined;
    const outcome = p.outcome as string | undefined;
    if (typeof p.amount === 'number') {
      const priced = priceValue(type, p.amount, false, probability, weight);
      s.value.add(priced, e.ts);
      if (outcome !== undefined) s.attribution.add(outcome, weight, priced.amount);
    } else {
      const role = p.role;
      if (u.minuteValues === null) u.minuteValues = [];
      u.minuteValues.push(
        e.ts,
        p.minutes as number,
        s.valueTypes.of(type),
        probability ?? 1,
        weight ?? Number.NaN,
        outcome === undefined ? -1 : s.outcomes.of(outcome),
        typeof role === 'string' ? s.store.roles.of(role) : -1,
      );
      if (s.explainer !== null) u.minuteValueIds = append(u.minuteValueIds, e.id);
    }
    s.explainer?.value(e.id, type, isRealized(type, probability ?? 1), outcome);
  }
}

function trackWeek(u: UserFacts, code: number): void {
  const weeks = u.weeks;
  if (weeks === null) u.weeks = [code];
  else if (weeks[weeks.length - 1] !== code && !weeks.includes(code)) weeks.push(code);
}

/**
 * A streaming report: feed NDJSON lines (or raw events) in any order, then `finish()`. Memory grows
 * with users, sessions and episodes, plus ~16 bytes per event id for de-duplication. Throws when
 * `options.explain` names no supported figure, listing the supported paths.
 */
export function createReportBuilder(model: ValueModel, options: ReportOptions = {}): ReportBuilder {
  return new Builder(model, options);
}

/** The report of raw events (unvalidated JSON values) under a validated model. */
export function buildReport(model: ValueModel, events: Iterable<unknown>, options?: ReportOptions): Report {
  const builder = createReportBuilder(model, options);
  for (const raw of events) builder.addEvent(raw);
  return builder.finish();
}
