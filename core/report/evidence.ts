import { MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE } from '../metrics/causal-deflection';
import { weakest } from '../metrics/grade';
import type { ValueTally } from '../metrics/value';
import { BOOTSTRAP_ITERATIONS } from '../stats/bootstrap';
import type { Evidence, EvidenceGrade, Report } from './report-types';

// One entry per figure, keyed by its JSON path: how strong it is (measured against the holdout,
// modeled from the model's rates, assumed amounts typed in by the team) and how to recompute it.
// A total is only as strong as its weakest part.

const TYPE_FORMULAS: Record<string, string> = {
  time_saved: 'Σ over task_completed of modeled tasks: max(0, manualMinutes − durationMs / 60000) / 60 × hourly rate',
  proxy: 'Σ proxy delta × proxies.<metric>.amountPerUnit (always potential)',
};

export function evidenceOf(report: Report, tally: ValueTally, causalValue: boolean, seed: number): Record<string, Evidence> {
  const ev: Record<string, Evidence> = {};
  const put = (path: string, grade: EvidenceGrade, formula: string) => {
    ev[path] = { grade, formula };
  };
  const counted = (path: string, what: string) => put(path, 'measured', `count of ${what}`);
  counted('events.read', 'non-blank lines read, rejected and duplicate lines included');
  counted('events.accepted', 'valid, first-seen events inside the range');
  counted('events.rejected', 'lines that are not JSON or not a valid event');
  counted('events.duplicates', 'events whose id was already seen (the first copy wins)');
  counted('events.outOfRange', 'valid events outside --from/--to');
  counted('users.count', 'distinct userId (or anonymousId)');

  const deflectionFormula = causalValue
    ? `causal: (control ticket rate − treatment ticket rate) × treatment episodes × ticketCost (the holdout has ≥ ${MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE} episodes)`
    : `strict: deflected episodes × ticketCost (the holdout has < ${MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE} episodes, so not measured)`;
  const typeFormula = (type: string) =>
    type === 'deflection'
      ? deflectionFormula
      : (TYPE_FORMULAS[type] ??
        `Σ of type ${type}: value amounts (or minutes / 60 × hourly rate) × attributionWeight, outcome and goal amounts from the model`);
  const realizedGrade = tally.grade(true);
  const potentialGrade = tally.grade(false);
  put('value.realized', realizedGrade, 'Σ value.byType: everything with probability 1, proxies excluded');
  put('value.potential', potentialGrade, 'Σ amount × probability for probability < 1, plus proxies');
  put('value.byWeek', realizedGrade, 'value.byType per ISO week (Monday, UTC) of the event');
  for (const type of Object.keys(report.value.byType))
    put(`value.byType.${type}`, tally.grades.get(type) ?? 'assumed', typeFormula(type));
  for (const type of Object.keys(report.value.potentialByType)) {
    put(`value.potentialByType.${type}`, tally.potentialGrades.get(type) ?? 'assumed', `${typeFormula(type)}, × probability < 1`);
  }

  const ts = TYPE_FORMULAS.time_saved!;
  put('timeSaved.minutes', 'modeled', 'Σ max(0, manualMinutes − durationMs / 60000) over task_completed of modeled tasks');
  put('timeSaved.value', 'modeled', ts);
  put('timeSaved.completions', 'measured', 'count of task_completed of tasks in the value model');
  for (const task of Object.keys(report.timeSaved.byTask)) put(`timeSaved.byTask.${task}`, 'modeled', ts);
  put('timeSaved.byUser', 'modeled', ts);
  put('timeSaved.byApp', 'modeled', ts);
  const resamples =
    (report.timeSaved.measured[0] as { bootstrapIterations?: number } | undefined)?.bootstrapIterations ?? BOOTSTRAP_ITERATIONS;
  const measuredFormula = `(median control duration − median treatment duration) per completion × treatment completions, priced at their hourly rates; 95% CI: percentile bootstrap over users, ${resamples} resamples, seed ${seed}`;
  put('timeSaved.measured', 'measured', measuredFormula);
  for (const m of report.timeSaved.measured) put(`timeSaved.measured.${m.task}`, 'measured', measuredFormula);

  put('costs.total', 'assumed', 'Σ cost event amounts, as recorded');
  for (const c of Object.keys(report.costs.byCategory))
    put(`costs.byCategory.${c}`, 'assumed', `Σ cost amounts of category ${c}`);
  const ratio = 'negative < 1 ≤ positive < 3 ≤ strong';
  put('roi.valueToCost', weakest(realizedGrade, 'assumed'), `value.realized / costs.total (${ratio})`);
  put('roi.rating', weakest(realizedGrade, 'assumed'), ratio);
  const withPotential = weakest(weakest(realizedGrade, potentialGrade), 'assumed');
  put('roi.withPotential.valueToCost', withPotential, '(value.realized + value.potential) / costs.total');
  put('roi.withPotential.rating', withPotential, ratio);

  counted('sessions.count', 'distinct sessionId');
  put('sessions.valuePerSession', realizedGrade, 'value.realized / sessions.count');
  put('sessions.costPerSession', 'assumed', 'costs.total / sessions.count');
  put('sessions.netValuePerSession', weakest(realizedGrade, 'assumed'), '(value.realized − costs.total) / sessions.count');

  for (const goal of Object.keys(report.goals)) {
    const g = `goals.${goal}`;
    counted(`${g}.attempts`, `goal events of ${goal}`);
    counted(`${g}.achieved`, `goal events of ${goal} with achieved: true`);
    put(`${g}.achievementRate`, 'measured', 'achieved / attempts');
    put(`${g}.amount`, 'assumed', `goals.${goal}.amount in the value model`);
    put(`${g}.valueWhenAchieved`, 'assumed', 'achieved × amount × the rule’s probability (1 when absent)');
    put(`${g}.expectedValuePerAttempt`, 'assumed', 'achievementRate × amount');
    put(`${g}.lift`, 'measured', 'treatment rate − control rate; 95% CI: Agresti–Caffo interval for a difference of proportions');
    put(`${g}.lift.valuePerSession`, 'assumed', 'lift.absolute × amount');
  }

  for (const cohort of ['treatment', 'control']) {
    put(
      `ttv.${cohort}`,
      'measured',
      `users with a ${'start'} event; activated when an end event follows their first start; mean and median of the first end − first start`,
    );
  }
  put('ttv.reduction', 'measured', '(control meanMs − treatment meanMs) / control meanMs');

  const d = 'deflection';
  counted(`${d}.episodes`, 'confusion episodes (distinct user and episodeId), both cohorts');
  counted(`${d}.helpShown`, 'episodes with at least one help_shown, once each');
  const rule = 'within the window after the first help card, edges included';
  put(
    `${d}.deflected`,
    'modeled',
    `episodes where the help's task (or any task or goal) completed ${rule} and no ticket followed`,
  );
  put(`${d}.escalated`, 'modeled', `episodes with a ticket (this episodeId or none) ${rule}`);
  put(`${d}.abandoned`, 'modeled', 'helped episodes neither deflected nor escalated');
  put(`${d}.rate`, 'modeled', 'deflected / helpShown');
  put(`${d}.value`, 'modeled', 'deflected × ticketCost');
  put(`${d}.byHelp`, 'modeled', 'the strict counts per help id');
  put(`${d}.realizedValue`, causalValue ? 'measured' : 'modeled', deflectionFormula);
  put(
    `${d}.causal`,
    'measured',
    'control ticket rate − treatment ticket rate (a ticket within the window after the first signal); 95% CI Agresti–Caffo; deflections = difference × treatment episodes; conservativeValue at max(0, CI low) × treatment episodes × ticketCost',
  );
  put(
    `${d}.differenceInDifferences`,
    'measured',
    'tickets per active user-week: (treatment after − before) − (control after − before) around launchAt',
  );
  put(
    'attribution.outcomes',
    'assumed',
    'Σ amount × attributionWeight of value records sharing props.outcome; totalWeight = Σ weights (1 when absent)',
  );
  put('attribution.flagged', 'assumed', 'outcomes whose attribution weights sum above 1');
  return ev;
}
