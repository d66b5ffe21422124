import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { lazyExtDb } from '../../lib/store/ext-db';
import { Mark } from '../shared/mark';
import { popupActions } from './actions';
import { AppsList } from './apps-list';
import { EmptyState } from './empty-state';
import { Overview } from './overview';
import { SettingsPanel } from './settings-panel';
import { SiteCard } from './site-card';
import { useCurrentSite } from './use-current-site';
import { usePopupSummary } from './use-popup-summary';

type Tab = 'overview' | 'apps' | 'settings';
const TABS: [Tab, string][] = [
  ['overview', 'Overview'],
  ['apps', 'Apps'],
  ['settings', 'Settings'],
];

const db = lazyExtDb();

/** Chrome's side panel, or Firefox's sidebar; undefined where neither can be opened from here. */
function inspectorOpener(tabId: number | null): (() => void) | undefined {
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId !== null) return () => void api.sidePanel!.open({ tabId }).then(() => window.close());
  if (api.sidebarAction) return () => void api.sidebarAction!.open().then(() => window.close());
  return undefined;
}

/** Marks the first render with data (the bench reads it), once. */
function markReady() {
  if (document.documentElement.dataset.ready) return;
  performance.mark('yardstick:popup-ready');
  document.documentElement.dataset.ready = 'true';
}

/** The popup: the user's value across every app, in one place no web page can see. */
export function PopupApp() {
  const [tab, setTab] = useState<Tab>('overview');
  const { summary, error, reload } = usePopupSummary(db);
  const site = useCurrentSite();
  const actions = useMemo(() => popupActions(db, reload), [reload]);

  const openInspector = inspectorOpener(site.tabId);

  if (summary !== null && (summary.apps.length === 0 || tab !== 'overview')) queueMicrotask(markReady);

  return (
    <div class="popup">
      <header class="top">
        <Mark class="logo" />
        <div>
          <h1>Yardstick</h1>
          <p class="muted">What your apps are worth to you</p>
        </div>
      </header>
      <div class="tabs" role="tablist" aria-label="Sections">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="panel"
            class={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'overview' && <SiteCard site={site} apps={summary?.apps ?? []} onOpenInspector={openInspector} />}
        {error !== null && (
          <section class="card error" role="alert">
            <h2>Yardstick could not read its data</h2>
            <p class="sub">{error}</p>
          </section>
        )}
        {summary === null && error === null && <section class="card skeleton" aria-busy="true" aria-label="Loading" />}
        {summary !== null &&
          tab === 'overview' &&
          (summary.apps.length === 0 ? (
            <EmptyState onGoTo={setTab} />
          ) : (
            <Overview summary={summary} onGoTo={setTab} onDrawn={markReady} />
          ))}
        {summary !== null && tab === 'apps' && <AppsList summary={summary} actions={actions} />}
        {summary !== null && tab === 'settings' && <SettingsPanel summary={summary} actions={actions} />}
      </div>
    </div>
  );
}
