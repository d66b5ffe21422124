import { createFormatter, describeRange } from './render-format';
import { dataQualitySection, evidenceIndex, explainSection } from './render-html-audit';
import { CHART_SCRIPT, chartData, inlineScriptSource, jsonForScript } from './render-html-charts';
import { attributionSection, deflectionSection, goalsSection, ttvSection } from './render-html-outcomes';
import { esc, type HtmlContext, html } from './render-html-parts';
import { REPORT_CSS } from './render-html-styles';
import { headline, sessionsSection, timeSavedSection, valueSection } from './render-html-value';
import type { Report } from './report-types';

export interface HtmlOptions {
  /**
   * Chart.js's UMD build as source text, inlined so the page is one file that works offline and
   * can be mailed to finance. Empty: the page still renders, with tables in place of charts.
   */
  chartJs: string;
  title?: string;
  /** When the report was produced (epoch ms); passed in so the output is reproducible. */
  generatedAt?: number;
  locale?: string;
  /** The command that reproduces this report, shown in the footer. */
  command?: string;
}

const SECTIONS: Array<[string, string]> = [
  ['value', 'Value'],
  ['time-saved', 'Time saved'],
  ['ttv', 'Time to value'],
  ['deflection', 'Deflection'],
  ['goals', 'Goals'],
  ['sessions', 'Sessions & costs'],
  ['attribution', 'Attribution'],
  ['data-quality', 'Data quality'],
  ['evidence', 'Formulas'],
];

/** The report as one self-contained HTML page. Pure: the same report and options give the same bytes. */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const locale = options.locale ?? 'en-US';
  const ctx: HtmlContext = { report, f: createFormatter(report.currency, locale) };
  const title = options.title ?? 'Value report';
  const body = [
    headline(ctx),
    valueSection(ctx),
    timeSavedSection(ctx),
    ttvSection(ctx),
    deflectionSection(ctx),
    goalsSection(ctx),
    sessionsSection(ctx),
    attributionSection(ctx),
    dataQualitySection(ctx),
    explainSection(ctx),
    evidenceIndex(ctx),
  ].join('\n');
  const present = SECTIONS.filter(([id]) => body.includes(`id="${id}"`));
  const generated =
    options.generatedAt === undefined
      ? ''
      : ` · generated ${esc(new Date(options.generatedAt).toISOString().slice(0, 16).replace('T', ' '))} UTC`;
  const chartJs = options.chartJs.trim() === '' ? '' : `<script>${inlineScriptSource(options.chartJs)}</script>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Yardstick">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="page">
  <div><div class="brand">Yardstick</div><h1>${esc(title)}</h1></div>
  <div class="meta">${esc(describeRange(report, ctx.f))} · ${esc(ctx.f.count(report.users.count))} users · ${esc(ctx.f.count(report.events.accepted))} events · ${esc(report.currency)}${generated}</div>
</header>
<nav class="toc" aria-label="Sections">${present.map(([id, label]) => `<a href="#${id}">${esc(label)}</a>`).join('')}</nav>
<main>
${body}
</main>
<footer class="page">
  <p>Every figure is a pure function of the raw events and the value model: run the same command on the same files and you get the same numbers.${
    options.command ? ` Reproduce with <code>${esc(options.command)}</code>.` : ''
  } Add <code>--explain &lt;figure&gt;</code> to list the events behind any figure.</p>
</footer>
<script type="application/json" id="chart-data">${jsonForScript(chartData(report, locale))}</script>
${chartJs}
<script>${CHART_SCRIPT}</script>
</body>
</html>
`;
}
