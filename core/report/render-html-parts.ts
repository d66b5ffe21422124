import { evidenceFor, type Formatter } from './render-format';
import type { Evidence, EvidenceGrade, Report } from './report-types';

/** Everything a section needs: the report, its formatter, and the figure helpers bound to both. */
export interface HtmlContext {
  report: Report;
  f: Formatter;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes. Every string that came from data goes through it. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A template tag for trusted markup: interpolations are inserted as-is, so call esc() on data. */
export const html = (strings: TemplateStringsArray, ...values: Array<string | number>): string =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');

const GRADE_HINT: Record<EvidenceGrade, string> = {
  measured: 'Measured against the holdout group',
  modeled: "Modeled from the value model's rates",
  assumed: 'An amount typed in by the product team',
};

export function badge(grade: EvidenceGrade | undefined): string {
  if (!grade) return '<span class="grade grade-none" title="No evidence grade recorded for this figure">ungraded</span>';
  return `<span class="grade grade-${esc(grade)}" title="${esc(GRADE_HINT[grade] ?? grade)}">${esc(grade)}</span>`;
}

export function formula(evidence: Evidence | undefined): string {
  return evidence ? `<p class="formula">${esc(evidence.formula)}</p>` : '';
}

/** A missing figure: a dash a reader cannot mistake for zero, and the reason it is missing. */
export function missing(reason: string | undefined): string {
  const why = reason ?? 'not computable from these events';
  return `<span class="missing" title="${esc(why)}">—</span><span class="reason">${esc(why)}</span>`;
}

/** A row's missing stretch: one dash and one reason across the columns it covers. */
export function missingSpan(span: number, reason: string | undefined): SpanCell {
  return {
    html: `<span class="missing">—</span> <span class="reason inline">${esc(reason ?? 'not computable from these events')}</span>`,
    span,
  };
}

/** A formatted value, or the dash with its reason when the figure is null. */
export function orMissing(value: number | null | undefined, format: (n: number) => string, reason?: string): string {
  return value === null || value === undefined ? missing(reason) : esc(format(value));
}

export interface FigureOptions {
  label: string;
  /** JSON path of the figure, for its evidence and for `--explain`. */
  path: string;
  value: string;
  /** Extra line under the value (already escaped). */
  note?: string;
  size?: 'hero' | 'wide' | 'normal';
  /** Overrides the evidence grade looked up by path (e.g. deflection.grade). */
  grade?: EvidenceGrade;
}

/** One figure card: label, value, evidence badge, formula and the path to pass to --explain. */
export function figure(ctx: HtmlContext, o: FigureOptions): string {
  const evidence = evidenceFor(ctx.report, o.path);
  return html`<div class="figure${o.size && o.size !== 'normal' ? ` figure-${o.size}` : ''}">
  <div class="figure-head"><span class="label">${esc(o.label)}</span>${badge(o.grade ?? evidence?.grade)}</div>
  <div class="value">${o.value}</div>
  ${o.note ? `<p class="note">${o.note}</p>` : ''}
  ${formula(evidence)}
  <code class="path" title="yardstick report … --explain ${esc(o.path)}">${esc(o.path)}</code>
</div>`;
}

export interface TableOptions {
  /** Which columns hold numbers (right-aligned, no wrapping). */
  numeric?: boolean[];
  caption?: string;
  /** A header row above the column names grouping them: [label, column span]. */
  groups?: Array<[string, number]>;
}

/** A cell spanning several columns: one reason instead of the same reason in every column. */
export interface SpanCell {
  html: string;
  span: number;
}
export type Cell = string | SpanCell;

/** A table from escaped cells; the first cell of each row is its header. */
export function table(head: string[], rows: Cell[][], o: TableOptions = {}): string {
  const cls = (i: number) => (o.numeric?.[i] ? ' class="num"' : '');
  const groups = o.groups
    ? `<tr class="groups">${o.groups.map(([label, span]) => `<th scope="colgroup" colspan="${span}">${label}</th>`).join('')}</tr>`
    : '';
  const thead = `${groups}<tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr>`;
  const renderRow = (r: Cell[]) => {
    let col = 0;
    return r
      .map((c) => {
        const i = col;
        if (typeof c !== 'string') {
          col += c.span;
          return `<td colspan="${c.span}" class="span">${c.html}</td>`;
        }
        col += 1;
        return i === 0 ? `<th scope="row"${cls(i)}>${c}</th>` : `<td${cls(i)}>${c}</td>`;
      })
      .join('');
  };
  const tbody = rows.map((r) => `<tr>${renderRow(r)}</tr>`).join('');
  return html`<div class="table-wrap"><table>${o.caption ? `<caption>${o.caption}</caption>` : ''}<thead>${thead}</thead><tbody>${tbody}</tbody></table></div>`;
}

/** A plain count with no evidence grade: facts about the input, not estimates. */
export function stat(label: string, value: string, note = ''): string {
  return `<div class="stat"><span class="label">${esc(label)}</span><span class="value">${value}</span>${note ? `<span class="note">${note}</span>` : ''}</div>`;
}

/** An empty state: said plainly, with what would fill it. */
export function empty(message: string): string {
  return `<p class="empty">${esc(message)}</p>`;
}

export function section(id: string, title: string, intro: string, body: string): string {
  return html`<section id="${esc(id)}" aria-labelledby="${esc(id)}-title">
  <h2 id="${esc(id)}-title">${esc(title)}</h2>
  ${intro ? `<p class="intro">${intro}</p>` : ''}
  ${body}
</section>`;
}

/**
 * A chart's place on the page. With `emptyMessage` there is nothing to draw: the panel says so
 * instead of showing bare axes, and the page script leaves it alone.
 */
export function chartPanel(id: string, title: string, description: string, emptyMessage?: string): string {
  if (emptyMessage !== undefined) {
    return html`<figure class="chart chart-empty" data-empty="true">
  <figcaption>${esc(title)}</figcaption>
  <div class="chart-box"><canvas id="${esc(id)}" hidden></canvas></div>
  <p class="chart-fallback">${esc(emptyMessage)}</p>
</figure>`;
  }
  return html`<figure class="chart">
  <figcaption>${esc(title)}</figcaption>
  <div class="chart-box"><canvas id="${esc(id)}" role="img" aria-label="${esc(`${title}. ${description}`)}"></canvas></div>
  <p class="chart-fallback">${esc(description)}</p>
</figure>`;
}
