import { useState } from 'preact/hooks';
import type { AppSummary, PopupSummary } from '../../lib/figures/popup-summary';
import { currencySymbol, formatterFor, savedTime } from '../shared/format';
import type { PopupActions } from './actions';
import { ConfirmDelete } from './confirm-delete';

/** Per app: this month's figures, the seat price the ratio is computed against, and the user's data controls. */
export function AppsList({ summary, actions }: { summary: PopupSummary; actions: PopupActions }) {
  if (summary.apps.length === 0) {
    return (
      <section class="card">
        <p class="chart-empty">Apps appear here once Yardstick has seen them on a site you allowed.</p>
      </section>
    );
  }
  return (
    <>
      {summary.apps.map((app) => (
        <AppRow key={`${app.origin} ${app.app}`} app={app} currency={summary.settings.currency} actions={actions} />
      ))}
    </>
  );
}

function AppRow({ app, currency, actions }: { app: AppSummary; currency: string; actions: PopupActions }) {
  const f = formatterFor(currency);
  const [seat, setSeat] = useState(app.seatCost === null ? '' : String(app.seatCost));
  const saveSeat = () => {
    const trimmed = seat.trim();
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && !(Number.isFinite(value) && value >= 0)) return;
    if (value !== app.seatCost) void actions.setSeatCost(app.origin, app.app, value);
  };
  const partition = { origin: app.origin, app: app.app };
  return (
    <section class="card app" data-app={app.app} data-origin={app.origin}>
      <div class="app-head">
        <div>
          <h2>{app.app}</h2>
          <p class="sub">{new URL(app.origin).host}</p>
        </div>
        {app.paused && <span class="chip paused">Paused</span>}
        {app.rating !== null && app.valueToCost !== null && <span class={`chip ${app.rating}`}>{f.ratio(app.valueToCost)}</span>}
      </div>
      <dl class="app-figures">
        <div>
          <dt>This month</dt>
          <dd class="num">{savedTime(f, app.month.minutes)}</dd>
        </div>
        <div>
          <dt>Worth</dt>
          <dd class="num">{app.month.value === null ? '—' : f.money(app.month.value)}</dd>
        </div>
        <div class="field seat">
          <label for={`seat-${app.origin}-${app.app}`}>Seat, {currencySymbol(currency)}/month</label>
          <input
            id={`seat-${app.origin}-${app.app}`}
            inputMode="decimal"
            placeholder="e.g. 25"
            value={seat}
            onInput={(e) => setSeat((e.currentTarget as HTMLInputElement).value)}
            onBlur={saveSeat}
            onKeyDown={(e) => e.key === 'Enter' && saveSeat()}
          />
        </div>
      </dl>
      {!app.hasModel && (
        <p class="sub warn-text">Waiting for this app's value model: its minutes count once the widget shares it.</p>
      )}
      <div class="app-actions">
        <button
          type="button"
          class="btn small"
          aria-pressed={app.paused}
          onClick={() => void actions.setPaused(app.origin, app.app, !app.paused)}
        >
          {app.paused ? 'Resume capture' : 'Pause capture'}
        </button>
        <button type="button" class="btn small" onClick={() => void actions.exportEvents('ndjson', partition)}>
          NDJSON
        </button>
        <button type="button" class="btn small" onClick={() => void actions.exportEvents('csv', partition)}>
          CSV
        </button>
        <ConfirmDelete
          label="Delete…"
          question={`Delete ${app.events.toLocaleString()} events?`}
          confirmLabel="Delete"
          onConfirm={() => void actions.deleteApp(app.origin, app.app)}
        />
      </div>
    </section>
  );
}
