import { byValueDesc, createFormatter, describeRange, evidenceFor, type Formatter, humanize } from './render-format';
import { outcomesMd } from './render-markdown-outcomes';
import { code, md, mdTable, type None } from './render-markdown-parts';
import type { Report } from './report-types';

export interface MarkdownOptions {
  title?: string;
  command?: string;
  generatedAt?: number;
  locale?: string;
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
