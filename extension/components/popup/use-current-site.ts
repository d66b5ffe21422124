import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasHostAccess, MANIFEST_ORIGINS, patternOf } from '../../lib/site-access/site-access';
import { originOf } from '../../lib/sync/sender-origin';

export interface CurrentSite {
  loading: boolean;
  tabId: number | null;
  /** The tab's http(s) origin; null on other pages (new tab, settings, files). */
  origin: string | null;
  granted: boolean;
  /** Granted in the manifest (localhost): always on, cannot be removed. */
  builtIn: boolean;
}

/** The tab the popup or panel is about: `?tabId=` (a popped-out page, the tests) or the active tab. */
export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

/** Whether the manifest grants this origin (http on localhost or 127.0.0.1, any port). */
function isBuiltIn(origin: string): boolean {
  const { protocol, hostname } = new URL(origin);
  return MANIFEST_ORIGINS.includes(`${protocol}//${hostname}/*`);
}

export function useCurrentSite(): CurrentSite & { grant(): Promise<void>; revoke(): Promise<void> } {
  const [site, setSite] = useState<CurrentSite>({ loading: true, tabId: null, origin: null, granted: false, builtIn: false });

  const refresh = useCallback(async () => {
    const tab = await targetTab();
    const origin = originOf(tab?.url);
    const granted = origin === null ? false : await hasHostAccess(origin);
    setSite({ loading: false, tabId: tab?.id ?? null, origin, granted, builtIn: origin !== null && isBuiltIn(origin) });
  }, []);

  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);

  return {
    ...site,
    // Called from the click itself: browsers only show the permission prompt for a user gesture.
    grant: async () => {
      if (site.origin === null) return;
      await browser.permissions.request({ origins: [patternOf(site.origin)] }).catch(() => false);
      await refresh();
    },
    revoke: async () => {
      if (site.origin === null || site.builtIn) return;
      await browser.permissions.remove({ origins: [patternOf(site.origin)] }).catch(() => false);
      await refresh();
    },
  };
}
