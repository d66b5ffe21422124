import type { InspectorTotals } from '../../lib/figures/inspector-view';
import { formatterFor } from '../shared/format';

/** Running totals of what is shown: they follow the filters. */
export function TotalsBar({ totals }: { totals: InspectorTotals }) {
  // Counts and percentages do not depend on the currency; money is formatted per currency below.
  const f = formatterFor(totals.saved[0]?.currency ?? 'USD');
  const h = totals.holdout;
  return (
    <section class="totals" aria-label="Running totals" aria-live="polite">
      <div class="total">
        <span class="t-label">Episodes</span>
        <strong class="num" data-total="episodes">
          {f.count(totals.episodes)}
        </strong>
      </div>
      <div class="total">
        <span class="t-label">Help shown</span>
        <strong class="num" data-total="help-shown">
          {f.count(totals.helpShown)}
        </strong>
      </div>
      <div class="total">
        <span class="t-label">Deflection</span>
        <strong class="num" data-total="rate">
          {totals.rate === null ? '—' : f.percent(totals.rate)}
        </strong>
        <span class="t-note">
          {totals.deflected} of {totals.helpShown}
          {totals.open > 0 ? ` · ${totals.open} open` : ''}
        </span>
      </div>
      <div class="total">
        <span class="t-label">Saved</span>
        <strong class="num" data-total="saved">
          {totals.saved.length === 0 ? '—' : totals.saved.map((m) => formatterFor(m.currency).money(m.amount)).join(' + ')}
        </strong>
        <span class="t-note">tickets × cost</span>
      </div>
      <div class="total holdout" data-total="holdout">
        <span class="t-label">Holdout vs treatment · ticket rate</span>
        {h === null ? (
          <span class="t-note">{totals.holdoutReason}</span>
        ) : (
          <span class="holdout-line num">
            <span class="chip control">control {f.percent(h.controlTicketRate)}</span>
            <span class="chip treatment">treatment {f.percent(h.treatmentTicketRate)}</span>
            <span class="t-note">
              {f.points(h.difference)} (95% CI {f.points(h.ci95[0])} to {f.points(h.ci95[1])}) · {h.controlEpisodes} vs{' '}
              {h.treatmentEpisodes} episodes
            </span>
          </span>
        )}
      </div>
    </section>
  );
}
