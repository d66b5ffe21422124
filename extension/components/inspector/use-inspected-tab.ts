import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasHostAccess } from '../../lib/site-access/site-access';
import { originOf } from '../../lib/sync/sender-origin';
import { targetTab } from '../popup/use-current-site';

export interface InspectedTab {
  tabId: number | null;
  origin: string | null;
  granted: boolean;
}

/**
 * The tab the inspector follows: the one named by `?tabId=` (a popped-out inspector, the tests), or
 * else whichever tab is active in this window, re-read when the user switches tabs or navigates.
 */
export function useInspectedTab(): InspectedTab | null {
  const [tab, setTab] = useState<InspectedTab | null>(null);
  useEffect(() => {
    let alive = true;
    const pinned = new URLSearchParams(location.search).has('tabId');
    const read = async () => {
      const t = await targetTab();
      const origin = originOf(t?.url);
      const granted = origin !== null && (await hasHostAccess(origin));
      if (!alive) return;
      setTab((prev) =>
        prev?.tabId === (t?.id ?? null) && prev.origin === origin && prev.granted === granted
          ? prev
          : { tabId: t?.id ?? null, origin, granted },
      );
    };
    void read();
    const onActivated = () => void (!pinned && read());
    const onUpdated = (_id: number, change: { url?: string; status?: string }) =>
      void ((change.url || change.status === 'complete') && read());
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return tab;
}
