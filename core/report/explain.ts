import { episodesOf, firstTicketIn, resolutionIds, resolveEpisode, windowMsOf } from '../metrics/episodes';
import { DONE_STRIDE, doneApp, doneCohort, doneTask, type FactStore } from '../metrics/facts';
import { completionDurations } from '../metrics/measured-time';
import type { ValueModel } from '../schema/value-model';

// --explain: the ids of the events behind one figure. Event-time filters collect ids as events
// stream by; figures decided at the end (time saved, deflection, time-to-value) are traced from
// the per-user facts, which keep ids only in this mode. `*` stands for a key (a goal, a type, ...).

export const EXPLAIN_PATHS = [
  'events.accepted',
  'events.duplicates',
  'users.count',
  'value.realized',
  'value.potential',
  'value.byType.*',
  'value.potentialByType.*',
  'timeSaved.minutes',
  'timeSaved.value',
  'timeSaved.completions',
  'timeSaved.byTask.*',
  'timeSaved.byUser.*',
  'timeSaved.byApp.*',
  'timeSaved.measured',
  'timeSaved.measured.*',
  'costs.total',
  'costs.byCategory.*',
  'roi.valueToCost',
  'roi.rating',
  'roi.withPotential.valueToCost',
  'roi.withPotential.rating',
  'sessions.count',
  'sessions.valuePerSession',
  'sessions.costPerSession',
  'sessions.netValuePerSession',
  'goals.*',
  'goals.*.attempts',
  'goals.*.achieved',
  'goals.*.achievementRate',
  'goals.*.valueWhenAchieved',
  'goals.*.expectedValuePerAttempt',
  'goals.*.lift',
  'ttv.*',
  'ttv.*.users',
  'ttv.*.activated',
  'ttv.*.activationRate',
  'ttv.*.meanMs',
  'ttv.*.medianMs',
  'ttv.reduction',
  'deflection.episodes',
  'deflection.helpShown',
  'deflection.deflected',
  'deflection.escalated',
  'deflection.abandoned',
  'deflection.rate',
  'deflection.value',
  'deflection.realizedValue',
  'deflection.byHelp.*',
  'deflection.causal',
  'deflection.differenceInDifferences',
  'attribution.outcomes.*',
  'attribution.flagged',
] as const;

/** Figures that are objects: a path below them (e.g. `goals.x.lift.ci95`) explains the whole object. */
const DEEP = new Set([
  'goals.*.lift',
  'deflection.causal',
  'deflection.differenceInDifferences',
  'deflection.byHelp.*',
  'timeSaved.measured.*',
  'timeSaved.byTask.*',
]);

function match(path: string): { pattern: string; keys: string[] } | null {
  const parts = path.split('.');
  for (const pattern of EXPLAIN_PATHS) {
    const p = pattern.split('.');
    if (parts.length < p.length || (parts.length > p.length && !DEEP.has(pattern))) continue;
    const keys: string[] = [];
    let ok = true;
    for (let i = 0; i < p.length && ok; i++) {
      if (p[i] === '*') keys.push(parts[i]!);
      else ok = p[i] === parts[i];
    }
    // `ttv.*` stands for a cohort, not for `reduction`.
    if (ok && pattern.startsWith('ttv.*') && keys[0] !== 'treatment' && keys[0] !== 'control') ok = false;
    if (ok) return { pattern, keys };
  }
  return null;
}

export interface ExplainFinish {
  store: FactStore;
  model: ValueModel;
  /** Whether value.realized's deflection came from the causal estimate. */
  causalDeflection: boolean;
  flaggedOutcomes: readonly string[];
}

export class Explainer {
  private readonly ids: string[] = [];
  private readonly byOutcome = new Map<string, string[]>();
  private readonly pattern: string;
  private readonly key: string | undefined;
  // Event-time filters.
  private readonly wantRealized: boolean | undefined = undefined;
  private readonly wantValue: boolean = false;
  private readonly wantType: string | undefined = undefined;
  private readonly wantCost: boolean = false;
  private readonly wantCategory: string | undefined = undefined;

  constructor(readonly metric: string) {
    const m = match(metric);
    if (m === null) {
      throw new Error(
        `cannot explain "${metric}": supported figures are ${EXPLAIN_PATHS.join(', ')} (* is a key such as a goal, a value type or a cohort)`,
      );
    }
    this.pattern = m.pattern;
    this.key = m.keys[0];
    const p = m.pattern;
    if (p === 'value.realized' || p === 'value.byType.*' || p === 'sessions.valuePerSession') this.wantRealized = true;
    if (p === 'value.potential' || p === 'value.potentialByType.*') this.wantRealized = false;
    if (p.startsWith('roi.valueToCost') || p === 'roi.rating' || p === 'sessions.netValuePerSession') this.wantRealized = true;
    this.wantValue = this.wantRealized !== undefined || p.startsWith('roi.withPotential');
    if (p === 'value.byType.*' || p === 'value.potentialByType.*') this.wantType = this.key;
    this.wantCost =
      p.startsWith('costs.') || p.startsWith('roi.') || p === 'sessions.costPerSession' || p === 'sessions.netValuePerSession';
    if (p === 'costs.byCategory.*') this.wantCategory = this.key;
  }

  accepted(id: string): void {
    if (this.pattern === 'events.accepted') this.ids.push(id);
  }
  duplicate(id: string): void {
    if (this.pattern === 'events.duplicates') this.ids.push(id);
  }
  newUser(id: string): void {
    if (this.pattern === 'users.count') this.ids.push(id);
  }
  newSession(id: string): void {
    if (this.pattern === 'sessions.count') this.ids.push(id);
  }

  value(id: string, type: string, realized: boolean, outcome?: string): void {
    if (outcome !== undefined && this.pattern.startsWith('attribution.')) {
      const list = this.byOutcome.get(outcome);
      if (list === undefined) this.byOutcome.set(outcome, [id]);
      else list.push(id);
    }
    if (!this.wantValue) return;
    if (this.wantRealized !== undefined && this.wantRealized !== realized) return;
    if (this.wantType !== undefined && this.wantType !== type) return;
    this.ids.push(id);
  }

  cost(id: string, category: string): void {
    if (this.wantCost && (this.wantCategory === undefined || this.wantCategory === category)) this.ids.push(id);
  }

  goal(id: string, goal: string, achieved: boolean, hasCohort: boolean): void {
    if (!this.pattern.startsWith('goals.') || goal !== this.key) return;
    if ((this.pattern.endsWith('.achieved') || this.pattern.endsWith('.valueWhenAchieved')) && !achieved) return;
    if (this.pattern.endsWith('.lift') && !hasCohort) return;
    this.ids.push(id);
  }

  finish(ctx: ExplainFinish): { metric: string; eventIds: string[] } {
    const ids = this.ids;
    const p = this.pattern;
    const realizedWanted = this.wantValue && this.wantRealized !== false;
    if (p.startsWith('timeSaved.') || (realizedWanted && (this.wantType ?? 'time_saved') === 'time_saved')) {
      this.traceTimeSaved(ctx, ids);
    }
    if (p.startsWith('deflection.') || (realizedWanted && (this.wantType ?? 'deflection') === 'deflection')) {
      this.traceDeflection(ctx, ids);
    }
    if (p.startsWith('ttv.')) this.traceTtv(ctx, ids);
    if (p === 'attribution.outcomes.*') ids.push(...(this.byOutcome.get(this.key!) ?? []));
    if (p === 'attribution.flagged') for (const o of ctx.flaggedOutcomes) ids.push(...(this.byOutcome.get(o) ?? []));
    return { metric: this.metric, eventIds: [...new Set(ids)] };
  }

  private traceTimeSaved(ctx: ExplainFinish, ids: string[]): void {
    const { store, model } = ctx;
    const p = this.pattern;
    const measured = p.startsWith('timeSaved.measured');
    for (const u of store.users.values()) {
      if (u.done === null || u.doneIds === null) continue;
      if (p === 'timeSaved.byUser.*' && u.actor !== this.key) continue;
      const paired: number[] = [];
      const durations = measured ? completionDurations(u, paired) : null;
      for (let k = 0; k < u.done.length / DONE_STRIDE; k++) {
        const task = store.tasks.names[doneTask(u.done, k)]!;
        if ((p === 'timeSaved.byTask.*' || p === 'timeSaved.measured.*') && task !== this.key) continue;
        if (p === 'timeSaved.byApp.*' && store.apps.names[doneApp(u.done, k)] !== this.key) continue;
        if (durations !== null) {
          if (doneCohort(u.done, k) === 0 || Number.isNaN(durations[k]!)) continue;
        } else if (!Object.hasOwn(model.tasks, task)) continue;
        ids.push(u.doneIds[k]!);
        // A measured duration is only checkable with the start it was timed from.
        const start = paired[k] ?? -1;
        if (start >= 0 && u.startIds !== null) ids.push(u.startIds[start]!);
      }
    }
  }

  private traceDeflection(ctx: ExplainFinish, ids: string[]): void {
    const { store, model } = ctx;
    const p = this.pattern;
    // The strict figures trace episodes by status; the causal estimate traces every episode of
    // either cohort with the ticket that counted; realized value follows whichever entered it.
    const strict = p.startsWith('deflection.') && p !== 'deflection.causal' && p !== 'deflection.realizedValue';
    const useCausal = p === 'deflection.causal' || (!strict && ctx.causalDeflection);
    if (p === 'deflection.differenceInDifferences') {
      for (const u of store.users.values()) if (u.cohort !== undefined && u.ticketIds !== null) ids.push(...u.ticketIds);
      return;
    }
    const windowMs = windowMsOf(model);
    for (const ep of episodesOf(store)) {
      if (useCausal) {
        if (ep.cohort === undefined) continue;
        ids.push(...(ep.eventIds ?? []));
        const t = firstTicketIn(ep, ep.startedAt, ep.startedAt + windowMs);
        if (t >= 0 && ep.user.ticketIds !== null) ids.push(ep.user.ticketIds[t]!);
        continue;
      }
      const r = resolveEpisode(ep, store, model);
      const keep =
        p === 'deflection.episodes' ||
        ((p === 'deflection.helpShown' || p === 'deflection.rate') && r.status !== 'unhelped') ||
        (p === 'deflection.byHelp.*' && ep.helpId === this.key) ||
        (p === 'deflection.escalated'
          ? r.status === 'escalated'
          : p === 'deflection.abandoned'
            ? r.status === 'abandoned'
            : false) ||
        (![
          'deflection.episodes',
          'deflection.helpShown',
          'deflection.rate',
          'deflection.byHelp.*',
          'deflection.escalated',
          'deflection.abandoned',
        ].includes(p) &&
          r.status === 'deflected');
      if (keep) ids.push(...resolutionIds(ep, r));
    }
  }

  private traceTtv(ctx: ExplainFinish, ids: string[]): void {
    const p = this.pattern;
    const allUsers = p === 'ttv.*' || p === 'ttv.*.users' || p === 'ttv.*.activationRate';
    for (const u of ctx.store.users.values()) {
      if (u.cohort === undefined || u.ttvStartId === undefined) continue;
      if (p !== 'ttv.reduction' && u.cohort !== this.key) continue;
      let end = -1;
      if (u.ttvEnds !== null) {
        for (let i = 0; i < u.ttvEnds.length; i++) {
          if (u.ttvEnds[i]! >= u.ttvStart && (end < 0 || u.ttvEnds[i]! < u.ttvEnds[end]!)) end = i;
        }
      }
      if (end < 0 && !allUsers) continue;
      ids.push(u.ttvStartId);
      if (end >= 0 && u.ttvEndIds !== null) ids.push(u.ttvEndIds[end]!);
    }
  }
}

/** Throws, listing the supported figures, when `metric` names none of them. */
export function createExplainer(metric: string): Explainer {
  return new Explainer(metric);
}
