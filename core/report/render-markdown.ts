import { byValueDesc, createFormatter, describeRange, evidenceFor, type Formatter, humanize } from './render-format';
import type { Report } from './report-types';

export interface MarkdownOptions {
  title?: string;
  command?: string;
  generatedAt?: number;
  locale?: string;
}

/** Text from the data made inert in Markdown: no table breaks, no links, no HTML, no emphasis. */
export function md(value: unknown): string {
  return (
    String(value)
      .replace(/[\r\n]+/g, ' ')
      // Only what can start a link, emphasis, code or a cell break mid-line; parentheses stay readable.
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** An inline code span that data cannot break out of (backticks and newlines removed). */
const code = (value: string) => `\`${value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
function mdTable(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const rule = head.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [row(head), row(rule), ...rows.map(row)].join('\n');
}

/** The same figures as the HTML report, as Markdown tables: for pull requests, wikis and e-mail. */
export function renderMarkdown(report: Report, o: MarkdownOptions = {}): string {
  const f = createFormatter(report.currency, o.locale ?? 'en-US');
  const r = report;
  const none = (reason: string | undefined) => `— (${md(reason ?? 'not computable from these events')})`;
  const val = (x: number | null | undefined, fmt: (n: number) => string, reason?: string) =>
    x === null || x === undefined ? none(reason) : md(fmt(x));
  const grade = (path: string, fallback?: string) => {
    const e = evidenceFor(r, path);
    return e ? `${e.grade}` : (fallback ?? 'ungraded');
  };
  const figure = (label: string, path: string, value: string, gradeOverride?: string) => {
    const e = evidenceFor(r, path);
    return [label, value, gradeOverride ?? grade(path), e ? md(e.formula) : '', code(path)];
  };
  const out: string[] = [];
  out.push(`# ${md(o.title ?? 'Value report')}`, '');
  const stamp =
    o.generatedAt === undefined ? '' : ` · generated ${new Date(o.generatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  out.push(
    `${md(describeRange(r, f))} · ${f.count(r.users.count)} users · ${f.count(r.events.accepted)} events · ${md(r.currency)}${stamp}`,
    '',
  );

  out.push('## Headline', '');
  out.push(
    mdTable(
      ['Figure', 'Value', 'Evidence', 'Formula', 'Path'],
      [
        figure('Value realized', 'value.realized', md(f.money(r.value.realized))),
        figure('Potential value (kept apart)', 'value.potential', md(f.money(r.value.potential))),
        figure('Total cost', 'costs.total', md(f.money(r.costs.total))),
        figure('Value-to-cost ratio', 'roi.valueToCost', ratio(r.roi, f, none)),
        figure('Ratio including potential', 'roi.withPotential.valueToCost', ratio(r.roi.withPotential, f, none)),
        figure('Time saved (modeled)', 'timeSaved.minutes', md(f.hoursOf(r.timeSaved.minutes))),
        figure('Value of time saved', 'timeSaved.value', md(f.money(r.timeSaved.value))),
        figure('Sessions', 'sessions.count', md(f.count(r.sessions.count))),
        figure('Value per session', 'sessions.valuePerSession', val(r.sessions.valuePerSession, f.money, r.sessions.reason)),
        figure('Cost per session', 'sessions.costPerSession', val(r.sessions.costPerSession, f.money, r.sessions.reason)),
        figure(
          'Net value per session',
          'sessions.netValuePerSession',
          val(r.sessions.netValuePerSession, f.money, r.sessions.reason),
        ),
      ],
      [false, true],
    ),
    '',
  );

  out.push('## Value by type', '');
  const types = [...new Set([...Object.keys(r.value.byType), ...Object.keys(r.value.potentialByType)])].sort(
    (a, b) => (r.value.byType[b] ?? 0) - (r.value.byType[a] ?? 0) || a.localeCompare(b),
  );
  out.push(
    types.length === 0
      ? '_No value recorded in range._'
      : mdTable(
          ['Type', 'Realized', 'Potential'],
          types.map((t) => [md(humanize(t)), md(f.money(r.value.byType[t] ?? 0)), md(f.money(r.value.potentialByType[t] ?? 0))]),
          [false, true, true],
        ),
    '',
  );
  if (r.value.byWeek.length > 0) {
    const weekTypes = byValueDesc(Object.fromEntries(types.map((t) => [t, r.value.byType[t] ?? 0]))).map(([t]) => t);
    out.push(
      mdTable(
        ['Week (Mon, UTC)', ...weekTypes.map((t) => md(humanize(t)))],
        r.value.byWeek.map((w) => [md(w.week), ...weekTypes.map((t) => md(f.money(w.byType[t] ?? 0)))]),
        [false, ...weekTypes.map(() => true)],
      ),
      '',
    );
  }

  out.push(...timeSavedMd(r, f, none));
  out.push(...outcomesMd(r, f, none, grade));
  out.push(...auditMd(r, f));
  if (o.command)
    out.push(`Reproduce with ${code(o.command)}; add \`--explain <figure>\` to list the events behind a figure.`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

type None = (reason: string | undefined) => string;

function ratio(x: Report['roi']['withPotential'], f: Formatter, none: None): string {
  return x.valueToCost === null ? none(x.valueToCostReason) : `${md(f.ratio(x.valueToCost))} (${md(x.rating ?? '')})`;
}

function timeSavedMd(r: Report, f: Formatter, none: None): string[] {
  const out = ['## Time saved: modeled vs measured', ''];
  const measured = new Map(r.timeSaved.measured.map((m) => [m.task, m]));
  const tasks = [...new Set([...Object.keys(r.timeSaved.byTask), ...measured.keys()])].sort();
  if (tasks.length === 0) return [...out, '_No completed task matches a task in the value model._', ''];
  const rows = tasks.map((task) => {
    const s = r.timeSaved.byTask[task];
    const m = measured.get(task);
    const why = m?.reason ?? 'no durations in both cohorts';
    const opt = (x: number | null | undefined, fmt: (n: number) => string) =>
      x === null || x === undefined ? none(why) : md(fmt(x));
    return [
      md(humanize(task)),
      s ? md(f.count(s.completions)) : '—',
      s ? md(f.minutes(s.manualMinutes)) : '—',
      s ? md(f.hoursOf(s.minutes)) : '—',
      s ? `${md(f.money(s.value))} (${s.grade})` : '—',
      opt(m?.controlMedianMs, f.duration),
      opt(m?.treatmentMedianMs, f.duration),
      opt(m?.savedMsPerCompletion, f.duration),
      m?.ci95Ms ? md(`${f.duration(m.ci95Ms[0])} to ${f.duration(m.ci95Ms[1])}`) : none(why),
      opt(m?.minutes, f.hoursOf),
      opt(m?.value, f.money),
    ];
  });
  out.push(
    mdTable(
      [
        'Task',
        'Completions',
        'Manual time',
        'Saved (modeled)',
        'Value (modeled)',
        'Holdout median',
        'Treatment median',
        'Saved each (measured)',
        '95% CI',
        'Saved (measured)',
        'Value (measured)',
      ],
      rows,
      [false, true, true, true, true, true, true, true, true, true, true],
    ),
    '',
  );
  return out;
}

function outcomesMd(r: Report, f: Formatter, none: None, grade: (path: string, fallback?: string) => string): string[] {
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

function auditMd(r: Report, f: Formatter): string[] {
  const out: string[] = [];
  const costs = byValueDesc(r.costs.byCategory);
  if (costs.length > 0)
    out.push(
      '## Costs',
      '',
      mdTable(
        ['Category', 'Amount'],
        costs.map(([k, v]) => [md(humanize(k)), md(f.money(v))]),
        [false, true],
      ),
      '',
    );
  const outcomes = Object.entries(r.attribution.outcomes).sort((a, b) => a[0].localeCompare(b[0]));
  if (outcomes.length > 0) {
    out.push(
      '## Attribution',
      '',
      mdTable(
        ['Outcome', 'Total weight', 'Value counted', 'Check'],
        outcomes.map(([k, o]) => [
          md(k),
          md(f.number(o.totalWeight, 2)),
          md(f.money(o.value)),
          o.flagged ? '**weights above 1**' : 'ok',
        ]),
        [false, true, true],
      ),
      '',
    );
  }
  const e = r.events;
  out.push(
    '## Data quality',
    '',
    mdTable(
      ['Lines read', 'Events used', 'Rejected', 'Duplicates', 'Outside the range'],
      [[e.read, e.accepted, e.rejected, e.duplicates, e.outOfRange].map((x) => md(f.count(x)))],
      [true, true, true, true, true],
    ),
    '',
  );
  if (e.rejections.length > 0)
    out.push(
      mdTable(
        ['Line', 'Reason'],
        e.rejections.map((x) => [md(x.line), md(x.reason)]),
        [true],
      ),
      '',
    );
  if (r.explain) {
    out.push(`## Behind ${md(r.explain.metric)}`, '', `${f.count(r.explain.eventIds.length)} events:`, '');
    const ids = r.explain.eventIds;
    out.push(
      ids.length === 0
        ? '_No event contributes to this figure._'
        : ids
            .slice(0, 1000)
            .map((id) => `- ${code(id)}`)
            .join('\n'),
      '',
    );
    if (ids.length > 1000)
      out.push(`_The first 1,000 of ${f.count(ids.length)} ids; run with \`--format json\` for all of them._`, '');
  }
  const evidence = Object.entries(r.evidence).sort((a, b) => a[0].localeCompare(b[0]));
  if (evidence.length > 0) {
    out.push(
      '## How each figure is obtained',
      '',
      mdTable(
        ['Figure', 'Evidence', 'Formula'],
        evidence.map(([p, x]) => [code(p), md(x.grade), md(x.formula)]),
      ),
      '',
    );
  }
  return out;
}
