import { evidenceFor, humanize } from './render-format';
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
import type { TtvCohort } from './report-types';

// The behaviour sections of the HTML report: time-to-value, deflection, goals and attribution.

export function ttvSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const row = (name: string, c: TtvCohort): Cell[] => {
    const head = [esc(name), esc(f.count(c.users)), esc(f.count(c.activated)), esc(f.count(c.users - c.activated))];
    // One reason across the columns it explains, rather than the same words under every figure.
    if (c.users === 0) return [...head, missingSpan(3, 'no user with a start event')];
    const rate = orMissing(c.activationRate, f.percent, 'no user with a start event');
    if (c.meanMs === null || c.medianMs === null) return [...head, rate, missingSpan(2, 'no activated user')];
    return [...head, rate, esc(f.duration(c.meanMs)), esc(f.duration(c.medianMs))];
  };
  return section(
    'ttv',
    'Time to value',
    "From each user's first start event (the value model's <code>activation.start</code>, e.g. signup) to their first end event (e.g. activation). Users not yet activated are counted, never dropped.",
    html`<div class="grid-2">
  ${chartPanel(
    'chart-ttv',
    'Time to value by cohort',
    'Mean and median time from start to activation, in hours, treatment vs holdout.',
    r.ttv.treatment.activated + r.ttv.control.activated === 0
      ? 'No user has activated yet: the chart appears once someone reaches the activation event.'
      : undefined,
  )}
  <div>
    <div class="figures figures-tight">${figure(ctx, {
      label: 'Reduction in time to value',
      path: 'ttv.reduction',
      value: orMissing(r.ttv.reduction, f.percent, r.ttv.reductionReason),
      note: 'How much sooner the treatment cohort reaches its first value, on average.',
    })}</div>
    ${table(
      ['Cohort', 'Users', 'Activated', 'Not yet', 'Rate', 'Mean', 'Median'],
      [row('Treatment', r.ttv.treatment), row('Holdout', r.ttv.control)],
      { numeric: [false, true, true, true, true, true, true] },
    )}
  </div>
</div>`,
  );
}

export function deflectionSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const d = r.deflection;
  const c = d.causal;
  const figures = html`<div class="figures">
  ${figure(ctx, { label: 'Confusion episodes', path: 'deflection.episodes', value: esc(f.count(d.episodes)), note: 'Both cohorts.' })}
  ${figure(ctx, { label: 'Help shown', path: 'deflection.helpShown', value: esc(f.count(d.helpShown)), note: 'Treatment episodes with a help card.' })}
  ${figure(ctx, {
    label: 'Deflected',
    path: 'deflection.deflected',
    value: esc(f.count(d.deflected)),
    note: `${esc(f.count(d.escalated))} escalated · ${esc(f.count(d.abandoned))} abandoned`,
  })}
  ${figure(ctx, { label: 'Deflection rate', path: 'deflection.rate', value: orMissing(d.rate, f.percent, d.rateReason) })}
  ${figure(ctx, {
    label: 'Tickets avoided, causal',
    path: 'deflection.causal',
    size: 'wide',
    value: c ? esc(f.number(c.deflections, 1)) : missing(d.causalReason),
    note: c
      ? esc(
          `ticket rate ${f.percent(c.controlTicketRate)} holdout vs ${f.percent(c.treatmentTicketRate)} treatment: ${f.points(c.difference)} (95% CI ${f.points(c.ci95[0])} to ${f.points(c.ci95[1])})`,
        )
      : '',
  })}
  ${figure(ctx, {
    label: 'Deflection value in the total',
    path: 'deflection.realizedValue',
    size: 'wide',
    grade: d.grade,
    value: esc(f.money(d.realizedValue)),
    note: c
      ? esc(
          `causal ${f.money(c.value)}; a skeptic's floor (CI bound) ${f.money(c.conservativeValue)}; strict count × ticket cost ${f.money(d.value)}`,
        )
      : esc(`strict count × ticket cost ${f.money(d.value)}`),
  })}
</div>`;
  const helpRows = Object.entries(d.byHelp)
    .sort((a, b) => b[1].shown - a[1].shown || a[0].localeCompare(b[0]))
    .map(([id, h]) => [
      `<code>${esc(id)}</code>`,
      esc(f.count(h.shown)),
      esc(f.count(h.engaged)),
      esc(`${f.count(h.helpful)} / ${f.count(h.notHelpful)}`),
      esc(f.count(h.deflected)),
      esc(f.count(h.escalated)),
      esc(f.count(h.abandoned)),
      h.shown > 0 ? esc(f.percent(h.deflected / h.shown)) : missing('never shown'),
    ]);
  const did = d.differenceInDifferences;
  const didHtml = did
    ? table(
        ['Tickets per user-week', 'Before launch', 'After launch'],
        [
          ['Treatment', esc(f.number(did.treatmentBefore, 3)), esc(f.number(did.treatmentAfter, 3))],
          ['Holdout', esc(f.number(did.controlBefore, 3)), esc(f.number(did.controlAfter, 3))],
        ],
        {
          numeric: [false, true, true],
          caption: `Difference-in-differences since ${esc(f.date(did.launchAt))}: ${esc(f.number(did.estimate, 3))} tickets per user-week ${badge('measured')}`,
        },
      )
    : `<p class="note">Difference-in-differences: ${missing(d.differenceInDifferencesReason)}</p>`;
  return section(
    'deflection',
    'Support deflection',
    'Strict: an episode counts as deflected only when the help was shown, the task then completed within the window, and no ticket followed within it. Causal: the ticket rate of holdout episodes against treatment episodes.',
    html`${figures}
<div class="grid-3">
  ${chartPanel(
    'chart-deflection',
    'Episodes with help: outcome',
    'Deflected, escalated and abandoned treatment episodes that showed help.',
    d.helpShown === 0 ? 'No help card was shown yet.' : undefined,
  )}
  ${chartPanel(
    'chart-ticket-rate',
    'Ticket rate per episode, with 95% CI',
    'Share of confusion episodes followed by a ticket, holdout vs treatment.',
    c ? undefined : `No comparison yet: ${d.causalReason ?? 'the holdout has no episodes'}.`,
  )}
  ${chartPanel(
    'chart-savings',
    'Deflection savings',
    'Strict deflections × ticket cost, the causal estimate, and its conservative bound.',
    d.value === 0 && !c ? 'No deflection to value yet.' : undefined,
  )}
</div>
${helpRows.length > 0 ? table(['Help', 'Shown', 'Engaged', 'Helpful / not', 'Deflected', 'Escalated', 'Abandoned', 'Rate'], helpRows, { numeric: [false, true, true, true, true, true, true, true] }) : empty('No help card was shown in range.')}
${didHtml}`,
  );
}

export function goalsSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const rows = Object.entries(r.goals)
    .sort((a, b) => b[1].attempts - a[1].attempts || a[0].localeCompare(b[0]))
    .map(([goal, g]): Cell[] => {
      const l = g.lift;
      const lift: Cell[] = l
        ? [
            esc(`${f.percent(l.control)} → ${f.percent(l.treatment)}`),
            `${esc(f.points(l.absolute))}<span class="reason">${esc(`95% CI ${f.points(l.ci95[0])} to ${f.points(l.ci95[1])}`)}</span>`,
            orMissing(l.relative, f.percent, 'holdout rate is zero'),
            esc(f.money(l.valuePerSession)),
            badge(evidenceFor(r, `goals.${goal}.lift`)?.grade ?? 'measured'),
          ]
        : [missingSpan(5, g.liftReason)];
      return [
        esc(humanize(goal)),
        esc(f.count(g.attempts)),
        esc(f.count(g.achieved)),
        orMissing(g.achievementRate, f.percent, 'no attempts'),
        `${esc(f.money(g.valueWhenAchieved))}<span class="reason">${esc(`${f.money(g.amount)} each`)}</span>`,
        orMissing(g.expectedValuePerAttempt, f.money, 'no attempts'),
        ...lift,
      ];
    });
  const body =
    rows.length === 0
      ? empty('No goal events in range.')
      : table(
          [
            'Goal',
            'Attempts',
            'Achieved',
            'Rate',
            'Value achieved',
            'EV / attempt',
            'Holdout → treatment',
            'Lift',
            'Relative',
            'Value / session',
            'Lift evidence',
          ],
          rows,
          { numeric: [false, true, true, true, true, true, true, true, true, true, false] },
        );
  return section(
    'goals',
    'Goals',
    'Expected value per attempt = achievement rate × goal amount. Lift = treatment rate − holdout rate, with its 95% confidence interval; value per session = lift × amount.',
    body,
  );
}

export function attributionSection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const rows = Object.entries(r.attribution.outcomes)
    .sort((a, b) => Number(b[1].flagged) - Number(a[1].flagged) || a[0].localeCompare(b[0]))
    .map(([outcome, o]) => [
      `<code>${esc(outcome)}</code>`,
      esc(f.number(o.totalWeight, 2)),
      esc(f.money(o.value)),
      o.flagged ? '<span class="flag">weights above 1: over-attributed</span>' : '<span class="ok">ok</span>',
    ]);
  if (rows.length === 0) return '';
  return section(
    'attribution',
    'Multi-touch attribution',
    'A value record with an attribution weight w contributes amount × w. The weights of one outcome should not add up to more than 1.',
    table(['Outcome', 'Total weight', 'Value counted', 'Check'], rows, { numeric: [false, true, true, false] }),
  );
}
