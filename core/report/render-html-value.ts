import { byValueDesc, evidenceFor, humanize } from './render-format';
import {
  badge,
  type Cell,
  chartPanel,
  empty,
  esc,
  figure,
  type HtmlContext,
  html,
  missing,
  missingSpan,
  orMissing,
  section,
  table,
} from './render-html-parts';
import type { Rating } from './report-types';

// The money sections of the HTML report: headline, value by type, time saved, costs and sessions.

const RATING_TEXT: Record<NonNullable<Rating['rating']>, string> = {
  negative: 'Negative: costs more than it returns (< 1×)',
  positive: 'Positive: pays for itself (≥ 1×)',
  strong: 'Strong: returns at least three times its cost (≥ 3×)',
};

function ratingPill(r: Rating): string {
  if (r.rating === null) return '';
  return `<span class="rating rating-${esc(r.rating)}">${esc(RATING_TEXT[r.rating] ?? r.rating)}</span>`;
}

export function headline(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const ratio = (x: Rating) => orMissing(x.valueToCost, f.ratio, x.valueToCostReason);
  return html`<section class="headline" aria-label="Headline figures">
  ${figure(ctx, {
    label: 'Value realized',
    path: 'value.realized',
    size: 'hero',
    value: esc(f.money(r.value.realized)),
    note: 'Value that happened: completed tasks, achieved goals, deflected tickets, recorded amounts.',
  })}
  ${figure(ctx, {
    label: 'Value-to-cost ratio',
    path: 'roi.valueToCost',
    size: 'hero',
    value: ratio(r.roi),
    note: `${ratingPill(r.roi)} ${esc(f.money(r.value.realized))} realized ÷ ${esc(f.money(r.costs.total))} cost`,
  })}
  ${figure(ctx, {
    label: 'Potential value (kept apart)',
    path: 'value.potential',
    value: esc(f.money(r.value.potential)),
    note: 'Expected values of uncertain outcomes (amount × probability) and proxies such as NPS points. Not counted above.',
  })}
  ${figure(ctx, {
    label: 'Ratio including potential',
    path: 'roi.withPotential.valueToCost',
    value: ratio(r.roi.withPotential),
    note: ratingPill(r.roi.withPotential),
  })}
  ${figure(ctx, { label: 'Total cost', path: 'costs.total', value: esc(f.money(r.costs.total)), note: costBreakdown(ctx) })}
</section>`;
}

function costBreakdown({ report: r, f }: HtmlContext): string {
  const parts = byValueDesc(r.costs.byCategory).map(([k, v]) => `${esc(humanize(k))} ${esc(f.money(v))}`);
  return parts.length > 0 ? parts.join(' · ') : 'No cost events recorded.';
}

export function valueSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const types = new Set([...Object.keys(r.value.byType), ...Object.keys(r.value.potentialByType)]);
  const rows = [...types]
    .sort((a, b) => (r.value.byType[b] ?? 0) - (r.value.byType[a] ?? 0) || a.localeCompare(b))
    .map((t) => [
      esc(humanize(t)),
      esc(f.money(r.value.byType[t] ?? 0)),
      esc(f.money(r.value.potentialByType[t] ?? 0)),
      // Grade of the side that carries the value: a type that is only potential is graded as potential.
      badge(
        (r.value.byType[t] ? evidenceFor(r, `value.byType.${t}`) : evidenceFor(r, `value.potentialByType.${t}`))?.grade ??
          (t === 'deflection' ? r.deflection.grade : undefined),
      ),
    ]);
  const body =
    rows.length === 0
      ? empty('No value recorded yet: no completed task, achieved goal, priced outcome or value event in range.')
      : html`<div class="grid-2">
  ${chartPanel('chart-value-weeks', 'Realized value by type, per week', 'Stacked realized value per ISO week (weeks start Monday, UTC).')}
  ${table(['Type', 'Realized', 'Potential', 'Evidence'], rows, { numeric: [false, true, true, false] })}
</div>`;
  return section('value', 'Value by type', 'Realized and potential value are never added together in a headline.', body);
}

export function timeSavedSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const t = r.timeSaved;
  const measuredByTask = new Map(t.measured.map((m) => [m.task, m]));
  const tasks = [...new Set([...Object.keys(t.byTask), ...measuredByTask.keys()])].sort(
    (a, b) => (t.byTask[b]?.value ?? 0) - (t.byTask[a]?.value ?? 0) || a.localeCompare(b),
  );
  // One row per task, the model's assumption on the left and the holdout's measurement on the right.
  const rows = tasks.map((task): Cell[] => {
    const s = t.byTask[task];
    const m = measuredByTask.get(task);
    const modeled: Cell[] = s
      ? [
          esc(f.count(s.completions)),
          esc(f.minutes(s.manualMinutes)),
          esc(f.hoursOf(s.minutes)),
          `${esc(f.money(s.value))} ${badge(s.grade)}`,
        ]
      : [missingSpan(4, 'not a task in the value model')];
    if (!m || m.savedMsPerCompletion === null) {
      // Still show whichever median exists: it tells the team which cohort lacks durations.
      const why = m?.reason ?? 'no durations in both cohorts';
      const known = m && (m.controlMedianMs !== null || m.treatmentMedianMs !== null);
      const measured: Cell[] = known
        ? [orMissing(m.controlMedianMs, f.duration, ''), orMissing(m.treatmentMedianMs, f.duration, ''), missingSpan(3, why)]
        : [missingSpan(5, why)];
      return [esc(humanize(task)), ...modeled, ...measured];
    }
    const ci = m.ci95Ms
      ? `<span class="reason">${esc(`95% CI ${f.duration(m.ci95Ms[0])} to ${f.duration(m.ci95Ms[1])}`)}</span>`
      : '';
    return [
      esc(humanize(task)),
      ...modeled,
      orMissing(m.controlMedianMs, f.duration, m.reason),
      orMissing(m.treatmentMedianMs, f.duration, m.reason),
      `${esc(f.duration(m.savedMsPerCompletion))}${ci}`,
      orMissing(m.minutes, f.hoursOf, m.reason),
      orMissing(m.value, f.money, m.reason),
    ];
  });
  const figures = html`<div class="figures">
  ${figure(ctx, { label: 'Time saved (modeled)', path: 'timeSaved.minutes', value: esc(f.hoursOf(t.minutes)), note: `${esc(f.count(t.completions))} completed tasks` })}
  ${figure(ctx, { label: 'Value of time saved (modeled)', path: 'timeSaved.value', value: esc(f.money(t.value)) })}
  ${figure(ctx, {
    label: 'Time saved (measured)',
    path: 'timeSaved.measured',
    size: 'wide',
    value: measuredTotal(ctx),
    note: 'Median task duration, holdout minus treatment, times treatment completions: what the help actually sped up.',
  })}
</div>`;
  const body =
    rows.length === 0
      ? empty('No completed task matches a task in the value model yet.')
      : table(
          [
            'Task',
            'Completions',
            'Manual time',
            'Saved',
            'Value',
            'Holdout median',
            'Treatment median',
            'Saved each',
            'Saved',
            'Value',
          ],
          rows,
          {
            numeric: [false, true, true, true, true, true, true, true, true, true],
            groups: [
              ['', 1],
              ["Modeled: the team's manual minutes", 4],
              ['Measured: holdout vs treatment durations', 5],
            ],
          },
        );
  return section(
    'time-saved',
    'Time saved',
    'The model assumes how long each task takes by hand; the holdout measures how much faster it is with help. Both side by side, so a reader can see how far apart they are.',
    figures + body,
  );
}

function measuredTotal({ report: r, f }: HtmlContext): string {
  const known = r.timeSaved.measured.filter((m) => m.minutes !== null && m.value !== null);
  if (known.length === 0) return missing(r.timeSaved.measured[0]?.reason ?? 'no task measured in both cohorts');
  const minutes = known.reduce((s, m) => s + (m.minutes ?? 0), 0);
  const value = known.reduce((s, m) => s + (m.value ?? 0), 0);
  return `${esc(f.hoursOf(minutes))} <small>${esc(f.money(value))}</small>`;
}

export function sessionsSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const s = r.sessions;
  const costs = byValueDesc(r.costs.byCategory).map(([k, v]) => [esc(humanize(k)), esc(f.money(v))]);
  return section(
    'sessions',
    'Sessions and costs',
    '',
    html`<div class="figures">
  ${figure(ctx, { label: 'Sessions', path: 'sessions.count', value: esc(f.count(s.count)) })}
  ${figure(ctx, { label: 'Value per session', path: 'sessions.valuePerSession', value: orMissing(s.valuePerSession, f.money, s.reason) })}
  ${figure(ctx, { label: 'Cost per session', path: 'sessions.costPerSession', value: orMissing(s.costPerSession, f.money, s.reason) })}
  ${figure(ctx, { label: 'Net value per session', path: 'sessions.netValuePerSession', value: orMissing(s.netValuePerSession, f.money, s.reason) })}
</div>
${costs.length > 0 ? table(['Cost category', 'Amount'], costs, { numeric: [false, true] }) : empty('No cost events: add seat, LLM and infrastructure costs to rate value against cost.')}`,
  );
}
