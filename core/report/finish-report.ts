import { causalDeflectionOf, MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE } from '../metrics/causal-deflection';
import { strictDeflectionOf } from '../metrics/deflection';
import { didCountsOf, didFromCounts } from '../metrics/did';
import { DONE_STRIDE, doneApp, doneDuration, doneRole, doneTask, doneTs } from '../metrics/facts';
import { hourlyRateFor } from '../metrics/hourly-rate';
import { measuredTimeSavedOf } from '../metrics/measured-time';
import { roiOf } from '../metrics/roi';
import { roundMoney } from '../metrics/round';
import { sessionsOf } from '../metrics/sessions';
import { newTimeSavedTally, savedMinutes, summarizeTimeSaved, tallyCompletion } from '../metrics/time-saved';
import { ttvOf } from '../metrics/ttv';
import { priceValue, roundedRecord } from '../metrics/value';
import { weekIndex } from '../metrics/week';
import { evidenceOf } from './evidence';
import { MINUTE_VALUE_STRIDE, type ReportState } from './report-state';
import type { Report } from './report-types';

/** Turns the streamed state into the report: prices what waited for final roles, then each family. */
export function finishReport(s: ReportState): Report {
  const { model, store } = s;
  store.seal();
  priceMinuteValues(s);
  const timeSaved = timeSavedOf(s);

  const deflectedWeeks: number[] = [];
  const strict = strictDeflectionOf(store, model, (ep, r) => {
    if (r.status === 'deflected') deflectedWeeks.push(weekIndex(ep.helpTs));
  });
  const treatmentWeeks = new Map<number, number>();
  const causal = causalDeflectionOf(store, model, (ep) => {
    if (ep.cohort === 'treatment')
      treatmentWeeks.set(weekIndex(ep.startedAt), (treatmentWeeks.get(weekIndex(ep.startedAt)) ?? 0) + 1);
  });
  const useCausal = causal.causal !== null && causal.causal.controlEpisodes >= MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE;
  const realizedDeflection = useCausal ? causal.causal!.value : strict.value;
  if (useCausal) {
    // The causal value is spread over weeks in proportion to treatment episodes.
    const n = causal.causal!.treatmentEpisodes;
    for (const [week, count] of treatmentWeeks)
      s.value.addAmount('deflection', (realizedDeflection * count) / n, true, 'measured', week);
  } else {
    for (const week of deflectedWeeks) s.value.addAmount('deflection', model.ticketCost, true, 'modeled', week);
  }

  const did =
    s.launchAt === undefined
      ? { differenceInDifferences: null, differenceInDifferencesReason: 'the value model sets no launchAt' }
      : didFromCounts(didCountsOf(store, s.launchAt), s.launchAt);

  const value = s.value.summarize();
  let costTotal = 0;
  for (const amount of s.costsByCategory.values()) costTotal += amount;
  const costs = { total: roundMoney(costTotal), byCategory: roundedRecord(s.costsByCategory) };
  const attribution = s.attribution.summarize();

  const byCohort = { treatment: 0, control: 0 };
  let withoutCohort = 0;
  for (const u of store.users.values()) {
    if (u.cohort === undefined) withoutCohort++;
    else byCohort[u.cohort]++;
  }

  const report: Report = {
    currency: model.currency,
    range: { from: s.options.from ?? null, to: s.options.to ?? null },
    events: {
      read: s.read,
      accepted: s.accepted,
      rejected: s.rejected,
      duplicates: s.duplicates,
      outOfRange: s.outOfRange,
      rejections: s.rejections,
    },
    users: { count: store.users.size, byCohort, withoutCohort },
    value,
    timeSaved: { ...timeSaved, measured: measuredTimeSavedOf(store, model, s.seed, s.options.bootstrapIterations) },
    costs,
    // Ratios from the rounded figures, so that a reader dividing the printed numbers gets these.
    roi: roiOf(value.realized, value.potential, costs.total),
    sessions: sessionsOf(s.sessions.size, value.realized, costs.total),
    goals: s.goals.summarize(model),
    ttv: ttvOf(store),
    deflection: {
      ...strict,
      realizedValue: roundMoney(realizedDeflection),
      grade: useCausal ? 'measured' : 'modeled',
      ...causal,
      ...did,
    },
    attribution,
    evidence: {},
  };
  report.evidence = evidenceOf(report, s.value, useCausal, s.seed);
  if (s.explainer !== null) {
    report.explain = s.explainer.finish({ store, model, causalDeflection: useCausal, flaggedOutcomes: attribution.flagged });
  }
  return report;
}

/** `value` events given in minutes, priced at the event's role, else the user's, else the default. */
function priceMinuteValues(s: ReportState): void {
  const { model, store } = s;
  for (const u of store.users.values()) {
    const v = u.minuteValues;
    if (v === null) continue;
    for (let i = 0; i < v.length; i += MINUTE_VALUE_STRIDE) {
      const roleIndex = v[i + 6]!;
      const rate = hourlyRateFor(model, {
        eventRole: roleIndex >= 0 ? store.roles.names[roleIndex] : undefined,
        userRole: u.role,
      });
      const weight = Number.isNaN(v[i + 4]!) ? undefined : v[i + 4]!;
      const priced = priceValue(s.valueTypes.names[v[i + 2]!]!, (v[i + 1]! / 60) * rate, true, v[i + 3]!, weight);
      s.value.add(priced, v[i]!);
      const outcome = v[i + 5]!;
      if (outcome >= 0) s.attribution.add(s.outcomes.names[outcome]!, weight, priced.amount);
    }
  }
}

/** Modeled time saved from every user's completions, also entering value as type `time_saved`. */
function timeSavedOf(s: ReportState) {
  const { model, store } = s;
  const tally = newTimeSavedTally();
  for (const u of store.users.values()) {
    const done = u.done;
    if (done === null) continue;
    for (let k = 0; k < done.length / DONE_STRIDE; k++) {
      const task = store.tasks.names[doneTask(done, k)]!;
      if (!Object.hasOwn(model.tasks, task)) continue;
      const spec = model.tasks[task]!;
      const duration = doneDuration(done, k);
      const minutes = savedMinutes(spec.manualMinutes, Number.isNaN(duration) ? undefined : duration);
      const roleIndex = doneRole(done, k);
      const rate = hourlyRateFor(model, {
        eventRole: roleIndex >= 0 ? store.roles.names[roleIndex] : undefined,
        userRole: u.role,
        taskRole: spec.role,
      });
      const appIndex = doneApp(done, k);
      tallyCompletion(tally, model, task, u.actor, appIndex >= 0 ? store.apps.names[appIndex] : undefined, minutes, rate);
      s.value.addAmount('time_saved', (minutes / 60) * rate, true, 'modeled', weekIndex(doneTs(done, k)));
    }
  }
  return summarizeTimeSaved(tally);
}
