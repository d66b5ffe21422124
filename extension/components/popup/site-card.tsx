import type { AppSummary } from '../../lib/figures/popup-summary';
import type { CurrentSite } from './use-current-site';

interface Props {
  site: CurrentSite & { grant(): Promise<void>; revoke(): Promise<void> };
  apps: AppSummary[];
  onOpenInspector?: () => void;
}

/** What Yardstick does on the tab the user is looking at, and the one switch that changes it. */
export function SiteCard({ site, apps, onOpenInspector }: Props) {
  if (site.loading) return <section class="card site" aria-busy="true" />;
  if (site.origin === null) {
    return (
      <section class="card site">
        <h2>Open a web app to begin</h2>
        <p class="sub">Yardstick works on the web apps you use (http and https pages).</p>
      </section>
    );
  }
  const host = new URL(site.origin).host;
  if (!site.granted) {
    return (
      <section class="card site" data-site="not-granted">
        <h2>See what {host} is worth to you</h2>
        <p class="sub">
          Yardstick reads only the time-saved events this app's widget keeps in your browser. Nothing leaves your device.
        </p>
        <div class="site-actions">
          <button type="button" class="btn primary" onClick={() => void site.grant()}>
            Show my value on this site
          </button>
          <span class="muted small">Only {host}; undo any time.</span>
        </div>
      </section>
    );
  }
  const here = apps.filter((a) => a.origin === site.origin);
  return (
    <section class="card site" data-site="granted">
      <div class="site-head">
        <span class="dot on" aria-hidden="true" />
        <h2>{here.length > 0 ? `Showing your value on ${host}` : `Yardstick is on for ${host}`}</h2>
      </div>
      <p class="sub">
        {here.length > 0
          ? `${here.map((a) => a.app).join(', ')}: the panel on the page shows this site's numbers only.`
          : "It starts once the app's Yardstick widget loads. Sites without the widget are left alone."}
      </p>
      <div class="site-actions">
        {onOpenInspector && (
          <button type="button" class="btn small" onClick={onOpenInspector}>
            Open live inspector
          </button>
        )}
        {site.builtIn ? (
          <span class="muted small">Always on for local apps</span>
        ) : (
          <button type="button" class="btn small" onClick={() => void site.revoke()}>
            Stop on this site
          </button>
        )}
      </div>
    </section>
  );
}
