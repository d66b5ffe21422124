import { humanize } from './render-format';
import type { Report } from './report-types';

/**
 * What the page's charts draw, computed here (pure, testable) and embedded as JSON; the in-page
 * script below only hands it to Chart.js. Every number in a chart is also in a table beside it.
 */
export interface ChartData {
  currency: string;
  locale: string;
  valueWeeks: { labels: string[]; series: Array<{ label: string; data: number[] }> };
  ttv: { labels: string[]; meanHours: Array<number | null>; medianHours: Array<number | null> };
  deflection: { deflected: number; escalated: number; abandoned: number };
  ticketRate: { control: number; treatment: number; ci95: [number, number] | null; difference: number } | null;
  savings: { labels: string[]; values: number[] };
}

const HOUR = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 10) / 10);

export function chartData(report: Report, locale: string): ChartData {
  const weeks = report.value.byWeek;
  const totals = new Map<string, number>();
  for (const w of weeks) for (const [t, v] of Object.entries(w.byType)) totals.set(t, (totals.get(t) ?? 0) + v);
  const types = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const d = report.deflection;
  const c = d.causal;
  const savings: ChartData['savings'] = { labels: ['Strict count × ticket cost'], values: [d.value] };
  if (c) {
    savings.labels.push('Causal (vs holdout)', 'Conservative (CI bound)');
    savings.values.push(c.value, c.conservativeValue);
  }
  return {
    currency: report.currency,
    locale,
    valueWeeks: {
      labels: weeks.map((w) => w.week),
      series: types.map((t) => ({ label: humanize(t), data: weeks.map((w) => w.byType[t] ?? 0) })),
    },
    ttv: {
      labels: ['Treatment', 'Holdout'],
      meanHours: [hours(report.ttv.treatment.meanMs), hours(report.ttv.control.meanMs)],
      medianHours: [hours(report.ttv.treatment.medianMs), hours(report.ttv.control.medianMs)],
    },
    deflection: { deflected: d.deflected, escalated: d.escalated, abandoned: d.abandoned },
    ticketRate: c
      ? { control: c.controlTicketRate, treatment: c.treatmentTicketRate, ci95: c.ci95, difference: c.difference }
      : null,
    savings,
  };
}

/** JSON safe inside <script type="application/json">: no "</script>", no "<!--", no U+2028 surprises. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Library source made safe to inline in a <script> element (it must not end the element early). */
export function inlineScriptSource(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The page's own script. Plain ES2017 so it runs in any browser that opens a saved file; colors come
 * from the page's CSS variables so light, dark and print all match.
 */
// It is a string run by the browser, not core logic: it reaches the page through globalThis.
export const CHART_SCRIPT = `(function () {
  var doc = globalThis.document;
  var dataEl = doc.getElementById('chart-data');
  if (!dataEl) return;
  if (typeof Chart === 'undefined') { doc.documentElement.classList.add('no-charts'); return; }
  var d = JSON.parse(dataEl.textContent);
  var charts = [];
  // Colors come from CSS variables, which differ on screen (light or dark) and on paper: the charts
  // are drawn again when printing starts and ends so each medium gets its own.
  function drawAll() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    var css = getComputedStyle(doc.documentElement);
    var v = function (name) { return css.getPropertyValue(name).trim(); };
    var palette = [v('--c1'), v('--c2'), v('--c3'), v('--c4'), v('--c5'), v('--c6'), v('--c7'), v('--c8')];
    var money = new Intl.NumberFormat(d.locale, { style: 'currency', currency: d.currency, maximumFractionDigits: 0 });
    var pct = new Intl.NumberFormat(d.locale, { style: 'percent', maximumFractionDigits: 1 });
    Chart.defaults.color = v('--muted');
    Chart.defaults.borderColor = v('--grid');
    Chart.defaults.font.family = v('--font');
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.plugins.legend.labels.boxWidth = 12;
    function draw(id, config) {
      var el = doc.getElementById(id);
      if (!el || el.hasAttribute('hidden')) return;
      charts.push(new Chart(el, config));
    }
    if (d.valueWeeks.labels.length > 0) draw('chart-value-weeks', {
      type: 'bar',
      data: { labels: d.valueWeeks.labels, datasets: d.valueWeeks.series.map(function (s, i) {
        return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length], borderRadius: 2 };
      }) },
      options: { scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: function (x) { return money.format(x); } } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + money.format(c.parsed.y); } } } } }
    });
    draw('chart-ttv', {
      type: 'bar',
      data: { labels: d.ttv.labels, datasets: [
        { label: 'Mean (hours)', data: d.ttv.meanHours, backgroundColor: palette[0], borderRadius: 3 },
        { label: 'Median (hours)', data: d.ttv.medianHours, backgroundColor: palette[1], borderRadius: 3 }
      ] },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'hours to activation' } } } }
    });
    draw('chart-deflection', {
      type: 'doughnut',
      data: { labels: ['Deflected', 'Escalated', 'Abandoned'], datasets: [{
        data: [d.deflection.deflected, d.deflection.escalated, d.deflection.abandoned],
        backgroundColor: [v('--good'), v('--bad'), v('--neutral')], borderColor: v('--surface'), borderWidth: 2 }] },
      options: { cutout: '58%', plugins: { legend: { position: 'bottom' } } }
    });
    if (d.ticketRate) {
      var t = d.ticketRate;
      draw('chart-ticket-rate', {
        type: 'bar',
        data: { labels: ['Holdout', 'Treatment', 'Difference'], datasets: [
          { label: 'Ticket rate', data: [t.control, t.treatment, t.difference], backgroundColor: [v('--bad'), v('--good'), palette[0]], borderRadius: 3 },
          { label: '95% CI', data: [null, null, t.ci95], backgroundColor: v('--ci'), borderColor: v('--text'), borderWidth: 1, barPercentage: 0.25 }
        ] },
        options: { datasets: { bar: { grouped: false } }, scales: { y: { ticks: { callback: function (x) { return pct.format(x); } } } },
          plugins: { tooltip: { callbacks: { label: function (c) {
            var r = c.raw; return c.dataset.label + ': ' + (Array.isArray(r) ? pct.format(r[0]) + ' to ' + pct.format(r[1]) : pct.format(r)); } } } } }
      });
    }
    draw('chart-savings', {
      type: 'bar',
      data: { labels: d.savings.labels, datasets: [{ label: 'Value', data: d.savings.values,
        backgroundColor: [palette[0], v('--good'), palette[2]], borderRadius: 3 }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { maxRotation: 0, callback: function (x) { return money.format(x); } } } } }
    });
  }
  drawAll();
  globalThis.addEventListener('beforeprint', drawAll);
  globalThis.addEventListener('afterprint', drawAll);
})();`;
