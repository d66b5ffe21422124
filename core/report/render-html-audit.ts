import { badge, esc, type HtmlContext, html, section, stat, table } from './render-html-parts';

// The audit sections of the HTML report: data quality, --explain, and the index of every formula.

export function dataQualitySection(ctx: HtmlContext): string {
  const { report: r, f } = ctx;
  const e = r.events;
  const rejections =
    e.rejections.length === 0
      ? '<p class="ok-line">No line was rejected.</p>'
      : table(
          ['Line', 'Reason'],
          e.rejections.map((x) => [esc(f.count(x.line)), esc(x.reason)]),
          {
            numeric: [true, false],
            caption:
              e.rejected > e.rejections.length
                ? esc(`The first ${f.count(e.rejections.length)} of ${f.count(e.rejected)} rejected lines`)
                : esc('Rejected lines'),
          },
        );
  return section(
    'data-quality',
    'Data quality',
    'A malformed or invalid line is skipped, counted and listed here with its line number; it never stops the report. Duplicate event ids count once (the first copy wins).',
    html`<div class="stats">
  ${stat('Lines read', esc(f.count(e.read)), 'non-blank, rejected and duplicates included')}
  ${stat('Events used', esc(f.count(e.accepted)))}
  ${stat('Rejected', esc(f.count(e.rejected)), e.rejected > 0 ? 'listed below' : '')}
  ${stat('Duplicates', esc(f.count(e.duplicates)), 'counted once')}
  ${stat('Outside the range', esc(f.count(e.outOfRange)))}
  ${stat('Users', esc(f.count(r.users.count)), esc(`${f.count(r.users.byCohort.treatment)} treatment · ${f.count(r.users.byCohort.control)} holdout · ${f.count(r.users.withoutCohort)} no cohort`))}
</div>
${rejections}`,
  );
}

export const EXPLAIN_SHOWN = 1000;

export function explainSection({ report: r, f }: HtmlContext): string {
  if (!r.explain) return '';
  const ids = r.explain.eventIds;
  // A page of a million ids helps nobody; the JSON output carries them all.
  const shown = ids.slice(0, EXPLAIN_SHOWN);
  const more =
    ids.length > shown.length
      ? `<p class="note">${esc(`The first ${f.count(shown.length)} of ${f.count(ids.length)} ids; run with --format json for all of them.`)}</p>`
      : '';
  const list =
    ids.length === 0
      ? '<p class="empty">No event contributes to this figure.</p>'
      : `<ol class="ids">${shown.map((id) => `<li><code>${esc(id)}</code></li>`).join('')}</ol>${more}`;
  return section(
    'explain',
    `Behind ${r.explain.metric}`,
    esc(
      `The ${f.count(ids.length)} event ids this figure is computed from. Look them up in the events file to recompute it by hand.`,
    ),
    list,
  );
}

export function evidenceIndex({ report: r }: HtmlContext): string {
  const rows = Object.entries(r.evidence)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([path, e]) => [`<code>${esc(path)}</code>`, badge(e.grade), esc(e.formula)]);
  if (rows.length === 0) return '';
  return section(
    'evidence',
    'How each figure is obtained',
    '<strong>Measured</strong>: compared against the holdout group that never sees the help. <strong>Modeled</strong>: events priced with the value model’s rates. <strong>Assumed</strong>: an amount the product team typed in. Pass any path to <code>--explain</code> to list the events behind it.',
    table(['Figure', 'Evidence', 'Formula'], rows),
  );
}
