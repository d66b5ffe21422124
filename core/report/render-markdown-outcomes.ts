// The outcome sections of the Markdown report: time to value, deflection, goals and attribution.
import { type Formatter, humanize } from './render-format';
import { md, mdTable, type None } from './render-markdown-parts';
import type { Report } from './report-types';

export function outcomesMd(r: Report, f: Formatter, none: None, grade: (path: string, fallback?: string) => string): string[] {
  const out = ['## Time to value', ''];
  const ttv = (name: string, c: Report['ttv']['treatment']) => [
    name,
    md(f.count(c.users)),
    md(f.count(c.activated)),
    md(f.count(c.users - c.activated)),
    c.activationRate === null ? none('no user with a start event') : md(f.percent(c.activationRate)),
    c.meanMs === null ? none('no activated user') : md(f.duration(c.meanMs)),
    c.medianMs === null ? none('no activated user') : md(f.duration(c.medianMs)),
  ];
  out.push(
    mdTable(
      ['Cohort', 'Users', 'Activated', 'Not yet', 'Rate', 'Mean', 'Median'],
      [ttv('Treatment', r.ttv.treatment), ttv('Holdout', r.ttv.control)],
      [false, true, true, true, true, true, true],
    ),
    '',
    `Reduction: ${r.ttv.reduction === null ? none(r.ttv.reductionReason) : md(f.percent(r.ttv.reduction))} (${grade('ttv.reduction')}).`,
    '',
  );

  const d = r.deflection;
  out.push('## Support deflection', '');
  const c = d.causal;
  out.push(
    mdTable(
      ['Figure', 'Value', 'Evidence'],
      [
        ['Confusion episodes', md(f.count(d.episodes)), grade('deflection.episodes')],
        ['Help shown', md(f.count(d.helpShown)), grade('deflection.helpShown')],
        ['Deflected', md(f.count(d.deflected)), grade('deflection.deflected')],
        ['Escalated', md(f.count(d.escalated)), grade('deflection.escalated')],
        ['Abandoned', md(f.count(d.abandoned)), grade('deflection.abandoned')],
        ['Deflection rate', d.rate === null ? none(d.rateReason) : md(f.percent(d.rate)), grade('deflection.rate')],
        ['Strict value (deflected × ticket cost)', md(f.money(d.value)), grade('deflection.value')],
        ['Causal tickets avoided', c ? md(f.number(c.deflections, 1)) : none(d.causalReason), grade('deflection.causal')],
        [
          'Ticket rate holdout → treatment',
          c ? md(`${f.percent(c.controlTicketRate)} → ${f.percent(c.treatmentTicketRate)}`) : none(d.causalReason),
          grade('deflection.causal'),
        ],
        [
          'Difference, 95% CI',
          c ? md(`${f.points(c.difference)} (${f.points(c.ci95[0])} to ${f.points(c.ci95[1])})`) : none(d.causalReason),
          grade('deflection.causal'),
        ],
        [
          'Causal value / conservative',
          c ? md(`${f.money(c.value)} / ${f.money(c.conservativeValue)}`) : none(d.causalReason),
          grade('deflection.causal'),
        ],
        ['Value in the total', md(f.money(d.realizedValue)), d.grade],
        [
          'Difference-in-differences',
          d.differenceInDifferences
            ? md(`${f.number(d.differenceInDifferences.estimate, 3)} tickets per user-week`)
            : none(d.differenceInDifferencesReason),
          grade('deflection.differenceInDifferences'),
        ],
      ],
      [false, true],
    ),
    '',
  );
  const help = Object.entries(d.byHelp).sort((a, b) => b[1].shown - a[1].shown || a[0].localeCompare(b[0]));
  if (help.length > 0) {
    out.push(
      mdTable(
        ['Help', 'Shown', 'Engaged', 'Helpful', 'Not helpful', 'Deflected', 'Escalated', 'Abandoned'],
        help.map(([id, h]) => [
          md(id),
          ...[h.shown, h.engaged, h.helpful, h.notHelpful, h.deflected, h.escalated, h.abandoned].map((x) => md(f.count(x))),
        ]),
        [false, true, true, true, true, true, true, true],
      ),
      '',
    );
  }

  out.push('## Goals', '');
  const goals = Object.entries(r.goals).sort((a, b) => b[1].attempts - a[1].attempts || a[0].localeCompare(b[0]));
  out.push(
    goals.length === 0
      ? '_No goal events in range._'
      : mdTable(
          [
            'Goal',
            'Attempts',
            'Achieved',
            'Rate',
            'Value achieved',
            'EV / attempt',
            'Holdout → treatment',
            'Lift (95% CI)',
            'Relative',
            'Value / session',
          ],
          goals.map(([goal, g]) => {
            const l = g.lift;
            const noLift = none(g.liftReason);
            return [
              md(humanize(goal)),
              md(f.count(g.attempts)),
              md(f.count(g.achieved)),
              g.achievementRate === null ? none('no attempts') : md(f.percent(g.achievementRate)),
              md(f.money(g.valueWhenAchieved)),
              g.expectedValuePerAttempt === null ? none('no attempts') : md(f.money(g.expectedValuePerAttempt)),
              l ? md(`${f.percent(l.control)} → ${f.percent(l.treatment)}`) : noLift,
              l ? md(`${f.points(l.absolute)} (${f.points(l.ci95[0])} to ${f.points(l.ci95[1])})`) : noLift,
              l ? (l.relative === null ? none('holdout rate is zero') : md(f.percent(l.relative))) : noLift,
              l ? md(f.money(l.valuePerSession)) : noLift,
            ];
          }),
          [false, true, true, true, true, true, true, true, true, true],
        ),
    '',
  );
  return out;
}
