import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { PopupSummary } from '../../lib/figures/popup-summary';
import { ChartCanvas, SERIES, themeColor } from '../shared/chart';
import { formatterFor } from '../shared/format';

// Twelve week labels do not fit a 400 px popup: show every other one, level.
const X_TICKS = { maxRotation: 0, autoSkip: true, maxTicksLimit: 6 };

const weekLabel = (ts: number) => new Date(ts).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** Time saved per week, stacked by app (hours). */
export function WeeklyChart({ summary, onDrawn }: { summary: PopupSummary; onDrawn?: () => void }) {
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: summary.weeks.map(weekLabel),
        datasets: summary.apps.slice(0, SERIES.length).map((app, i) => ({
          label: app.app,
          data: app.weekly.map((w) => round1(w.minutes / 60)),
          backgroundColor: themeColor(SERIES[i]!),
          borderRadius: 3,
          stack: 'time',
        })),
      },
      options: {
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: X_TICKS },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'hours' } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10 } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.formattedValue} h` } },
        },
      },
    }),
    [summary],
  );
  return <ChartCanvas config={config} label="Time saved per week by app" height={190} onDrawn={onDrawn} />;
}

/** This month's value at the user's rate against the seat price, per app: which subscriptions pay for themselves. */
export function ValueCostChart({ summary }: { summary: PopupSummary }) {
  const f = formatterFor(summary.settings.currency);
  const apps = summary.apps.filter((a) => a.month.value !== null && (a.seatCost !== null || a.month.value > 0)).slice(0, 8);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: apps.map((a) => a.app),
        datasets: [
          {
            label: 'Value this month',
            data: apps.map((a) => a.month.value ?? 0),
            backgroundColor: themeColor('--series-2'),
            borderRadius: 3,
          },
          {
            label: 'Seat cost',
            data: apps.map((a) => a.seatCost ?? 0),
            backgroundColor: themeColor('--series-7'),
            borderRadius: 3,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { beginAtZero: true, ticks: { callback: (v) => f.money(Number(v)) } }, y: { grid: { display: false } } },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10 } },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${f.money(Number(c.raw))}` } },
        },
      },
    }),
    [summary],
  );
  return (
    <ChartCanvas
      config={config}
      label="Value against seat cost per app, this month"
      height={Math.max(120, 46 * apps.length + 50)}
    />
  );
}

/** Weekly total (value when priced, else hours) with its least-squares trend line. */
export function TrendChart({ summary }: { summary: PopupSummary }) {
  const f = formatterFor(summary.settings.currency);
  const { unit, totals, fit } = summary.trend;
  const scale = (v: number) => (unit === 'value' ? round2(v) : round1(v / 60));
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels: summary.weeks.map(weekLabel),
        datasets: [
          {
            label: unit === 'value' ? 'Value per week' : 'Hours saved per week',
            data: totals.map(scale),
            borderColor: themeColor('--series-1'),
            backgroundColor: themeColor('--series-1'),
            pointRadius: 2.5,
            tension: 0.25,
          },
          {
            label: 'Trend',
            data: fit === null ? [] : totals.map((_, x) => scale(Math.max(0, fit.intercept + fit.slope * x))),
            borderColor: themeColor('--series-3'),
            borderDash: [5, 4],
            pointRadius: 0,
            borderWidth: 2,
          },
        ],
      },
      options: {
        scales: {
          x: { grid: { display: false }, ticks: X_TICKS },
          y: { beginAtZero: true, ticks: { callback: (v) => (unit === 'value' ? f.money(Number(v)) : `${v} h`) } },
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, boxHeight: 10 } } },
      },
    }),
    [summary],
  );
  return <ChartCanvas config={config} label="Weekly trend" height={160} />;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
