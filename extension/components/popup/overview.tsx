import type { PopupSummary } from '../../lib/figures/popup-summary';
import { formatterFor, savedTime } from '../shared/format';
import { TrendChart, ValueCostChart, WeeklyChart } from './charts';

interface Props {
  summary: PopupSummary;
  onGoTo(tab: 'apps' | 'settings'): void;
  onDrawn(): void;
}

/** This month across apps, then the three charts; each card says what to do when it has nothing to show. */
export function Overview({ summary, onGoTo, onDrawn }: Props) {
  const f = formatterFor(summary.settings.currency);
  const priced = summary.settings.hourlyRate !== null;
  const { month } = summary;
  const anyTime = summary.apps.some((a) => a.weekly.some((w) => w.minutes > 0));
  const hasCosts = summary.apps.some((a) => a.seatCost !== null);
  const slope = summary.trend.fit?.slope ?? 0;
  return (
    <>
      <section class="card kpis" aria-label="This month across your apps">
        <div class="kpi">
          <span class="kpi-label">Saved this month</span>
          <strong class="kpi-value num" data-kpi="minutes">
            {savedTime(f, month.minutes)}
          </strong>
        </div>
        <div class="kpi">
          <span class="kpi-label">Worth to you</span>
          {priced ? (
            <strong class="kpi-value num" data-kpi="value">
              {f.money(month.value ?? 0)}
            </strong>
          ) : (
            <button type="button" class="link" onClick={() => onGoTo('settings')}>
              Set your hourly rate
            </button>
          )}
        </div>
        <div class="kpi">
          <span class="kpi-label">Value-to-cost</span>
          {month.valueToCost !== null ? (
            <strong class="kpi-value num" data-kpi="ratio">
              {f.ratio(month.valueToCost)} <span class={`chip ${month.rating}`}>{month.rating}</span>
            </strong>
          ) : (
            <button type="button" class="link" onClick={() => onGoTo(priced ? 'apps' : 'settings')}>
              {priced ? 'Add seat prices' : 'Needs your rate'}
            </button>
          )}
        </div>
      </section>

      <section class="card">
        <h2>Time saved per week</h2>
        <p class="sub">Last {summary.weeks.length} weeks, by app: the minutes each product team's model credits to you.</p>
        {anyTime ? (
          <WeeklyChart summary={summary} onDrawn={onDrawn} />
        ) : (
          <p class="chart-empty">No completed tasks in the last {summary.weeks.length} weeks yet.</p>
        )}
      </section>

      <section class="card">
        <h2>Value against cost</h2>
        <p class="sub">This month, per app: does the subscription pay for itself at your hourly rate?</p>
        {priced && (hasCosts || anyTime) ? (
          <ValueCostChart summary={summary} />
        ) : (
          <p class="chart-empty">
            {priced ? 'Add what you pay per seat in ' : 'Set your hourly rate in '}
            <button type="button" class="link" onClick={() => onGoTo(priced ? 'apps' : 'settings')}>
              {priced ? 'Apps' : 'Settings'}
            </button>{' '}
            to compare.
          </p>
        )}
      </section>

      <section class="card">
        <h2>Trend</h2>
        <p class="sub">
          {summary.trend.fit === null || !anyTime
            ? 'Weekly totals with a straight-line fit.'
            : `${slope >= 0 ? 'Up' : 'Down'} ${summary.trend.unit === 'value' ? f.money(Math.abs(slope)) : savedTime(f, Math.abs(slope))} per week on average.`}
        </p>
        {anyTime ? <TrendChart summary={summary} /> : <p class="chart-empty">The trend appears after your first week of use.</p>}
      </section>
    </>
  );
}
