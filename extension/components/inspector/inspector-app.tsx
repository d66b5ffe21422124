import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_FILTERS, type InspectorFilters, inspectorView } from '../../lib/figures/inspector-view';
import { lazyExtDb } from '../../lib/store/ext-db';
import { download } from '../shared/download';
import { Mark } from '../shared/mark';
import { EpisodeCard } from './episode-card';
import { FiltersBar } from './filters-bar';
import { TotalsBar } from './totals-bar';
import { useInspectedTab } from './use-inspected-tab';
import { type OriginData, useOriginEvents } from './use-origin-events';

const db = lazyExtDb();

function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** The live deflection inspector for the tab beside it: episodes as they happen, totals, filters, pause, export. */
export function InspectorApp() {
  const tab = useInspectedTab();
  const [filters, setFilters] = useState<InspectorFilters>(DEFAULT_FILTERS);
  const [frozen, setFrozen] = useState<OriginData | null>(null);
  const live = useOriginEvents(db, tab?.granted ? tab.origin : null, filters.range);
  const now = useNow();
  const paused = frozen !== null;
  const shown = frozen ?? live;
  const view = useMemo(
    () => (shown === null ? null : inspectorView(shown.partitions, filters, paused ? shown.loadedAt : now)),
    [shown, filters, now, paused],
  );
  const host = tab?.origin ? new URL(tab.origin).host : null;

  const exportShown = (format: 'json' | 'ndjson') => {
    if (view === null || shown === null || host === null) return;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (format === 'json') {
      const body = {
        origin: tab?.origin,
        exportedAt: new Date().toISOString(),
        filters,
        totals: view.totals,
        episodes: view.rows,
      };
      download(
        new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }),
        `yardstick-episodes-${host}-${stamp}.json`,
      );
      return;
    }
    const ids = new Set(view.rows.flatMap((r) => r.eventIds));
    const lines = shown.partitions.flatMap((p) =>
      p.events.filter((e) => ids.has(e.id)).map((e) => `${JSON.stringify(e.appId ? e : { ...e, appId: p.app })}\n`),
    );
    download(new Blob(lines, { type: 'application/x-ndjson' }), `yardstick-episodes-${host}-${stamp}.ndjson`);
  };

  return (
    <div class="inspector">
      <header class="top">
        <Mark class="logo" />
        <div class="top-text">
          <h1>Live deflection</h1>
          <p class="muted">{host ?? 'No web page in this tab'}</p>
        </div>
        {view !== null && <span class={paused ? 'live paused' : 'live'}>{paused ? 'Paused' : 'Live'}</span>}
      </header>
      <Body tab={tab} host={host} shown={shown} view={view}>
        {view !== null && (
          <>
            <FiltersBar
              filters={filters}
              signals={view.signals}
              apps={view.apps}
              paused={paused}
              pending={paused && live !== null ? Math.max(0, live.events - (frozen?.events ?? 0)) : 0}
              onChange={setFilters}
              onPause={(p) => setFrozen(p ? live : null)}
              onExport={exportShown}
            />
            <TotalsBar totals={view.totals} />
            {view.rows.length === 0 ? (
              <p class="empty-line">
                No confusion episodes{' '}
                {filters.status === 'all' && filters.signal === 'all' && filters.cohort === 'all'
                  ? 'in this range yet: they appear here as they happen.'
                  : 'match these filters.'}
              </p>
            ) : (
              <div class="timeline" aria-live="polite">
                {view.rows.map((row) => (
                  <EpisodeCard key={row.key} row={row} now={paused ? (shown?.loadedAt ?? now) : now} tabId={tab?.tabId ?? null} />
                ))}
              </div>
            )}
          </>
        )}
      </Body>
    </div>
  );
}

function Body({
  tab,
  host,
  shown,
  view,
  children,
}: {
  tab: ReturnType<typeof useInspectedTab>;
  host: string | null;
  shown: OriginData | null;
  view: unknown;
  children: preact.ComponentChildren;
}) {
  if (tab === null || (tab.granted && shown === null))
    return <section class="card skeleton" aria-busy="true" aria-label="Loading" />;
  if (host === null)
    return <Notice title="Open a web app in this tab" text="The inspector follows the active tab and shows its episodes live." />;
  if (!tab.granted)
    return (
      <Notice
        title={`Yardstick is off on ${host}`}
        text={'Click the Yardstick button in the toolbar and choose "Show my value on this site" to inspect it.'}
      />
    );
  if (shown !== null && shown.partitions.length === 0) {
    return (
      <Notice
        title={`No Yardstick widget seen on ${host} yet`}
        text="Episodes appear once the app's widget runs in this tab (and in any tab of this site)."
      />
    );
  }
  return view === null ? null : children;
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <section class="card notice">
      <h2>{title}</h2>
      <p class="sub">{text}</p>
    </section>
  );
}
