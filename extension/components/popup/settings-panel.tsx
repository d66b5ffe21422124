import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupSummary } from '../../lib/figures/popup-summary';
import { grantedOrigins } from '../../lib/site-access/site-access';
import type { PopupActions } from './actions';
import { ConfirmDelete } from './confirm-delete';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'BRL', 'SEK'];

/** The user's own rate and currency, their data (export, delete everything), and the sites they allowed. */
export function SettingsPanel({ summary, actions }: { summary: PopupSummary; actions: PopupActions }) {
  const [rate, setRate] = useState(summary.settings.hourlyRate === null ? '' : String(summary.settings.hourlyRate));
  const [currency, setCurrency] = useState(summary.settings.currency);
  const [saved, setSaved] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => void grantedOrigins().then(setSites), []);

  const parsedRate = rate.trim() === '' ? null : Number(rate);
  const valid = parsedRate === null || (Number.isFinite(parsedRate) && parsedRate > 0 && parsedRate <= 100_000);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!valid) return;
    await actions.saveSettings({ hourlyRate: parsedRate, currency });
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };

  return (
    <>
      <form class="card" onSubmit={save} aria-label="Your rate">
        <h2>Your time</h2>
        <p class="sub">
          Minutes saved are priced at your hourly rate: the value is what your time is worth, not a vendor's multiplier.
        </p>
        <div class="settings-grid">
          <div class="field">
            <label for="rate">Hourly rate</label>
            <input
              id="rate"
              inputMode="decimal"
              placeholder="e.g. 60"
              value={rate}
              aria-invalid={!valid}
              onInput={(e) => setRate((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="currency">Currency</label>
            <select id="currency" value={currency} onChange={(e) => setCurrency((e.currentTarget as HTMLSelectElement).value)}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="btn primary" disabled={!valid}>
            {saved ? 'Saved' : 'Save'}
          </button>
        </div>
        {!valid && <p class="sub warn-text">Enter a positive number, like 60.</p>}
      </form>

      <section class="card">
        <h2>Your data</h2>
        <p class="sub">
          Everything Yardstick knows lives in this browser. NDJSON opens in the Yardstick report CLI; CSV in any spreadsheet.
        </p>
        <div class="app-actions">
          <button type="button" class="btn small" onClick={() => void actions.exportEvents('ndjson')}>
            Export all (NDJSON)
          </button>
          <button type="button" class="btn small" onClick={() => void actions.exportEvents('csv')}>
            Export all (CSV)
          </button>
          <ConfirmDelete
            label="Delete all…"
            question="Delete all data?"
            confirmLabel="Delete all"
            onConfirm={() => void actions.deleteAll()}
          />
        </div>
      </section>

      <section class="card">
        <h2>Sites you allowed</h2>
        {sites.length === 0 ? (
          <p class="sub">Only local apps (localhost) so far. Use "Show my value on this site" on an app to add it.</p>
        ) : (
          <ul class="sites">
            {sites.map((pattern) => (
              <li key={pattern}>
                <span>{pattern.replace('/*', '')}</span>
                <button
                  type="button"
                  class="btn small"
                  onClick={() =>
                    void browser.permissions.remove({ origins: [pattern] }).then(() => grantedOrigins().then(setSites))
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="sub shortcut">
          <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Y</kbd> shows or hides the panel on a page.
        </p>
      </section>
    </>
  );
}
