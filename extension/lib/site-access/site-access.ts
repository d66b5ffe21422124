import { browser } from 'wxt/browser';

/** Sites granted in the manifest (the demo and the tests); everything else is opt-in per site. */
export const MANIFEST_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];
/** The built content script (WXT's output path for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
const SCRIPT_ID = 'yardstick-granted-sites';

/** The match pattern that grants one origin: `https://app.example.com/*`. */
export const patternOf = (origin: string) => `${origin}/*`;

/** Whether the extension may run on an origin: granted in the manifest or by the user. */
export async function hasHostAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [patternOf(origin)] });
  } catch {
    return false;
  }
}

/** Sites the user granted from the popup ("Show my value on this site"). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => !MANIFEST_ORIGINS.includes(o));
}

/**
 * Keeps one dynamically registered content script whose matches are exactly the granted sites, so
 * a site the user opted into behaves like localhost: the script runs at document_start on every
 * visit, and stops once the permission is removed.
 */
export async function syncGrantedContentScripts(): Promise<void> {
  const scripting = browser.scripting;
  if (scripting?.registerContentScripts === undefined) return;
  const origins = await grantedOrigins();
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: origins,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}

/** Starts the content script in tabs already open on newly granted sites (no reload needed). */
export async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  if (patterns.length === 0 || browser.scripting?.executeScript === undefined) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
