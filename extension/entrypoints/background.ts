import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { StoreChanged } from '../lib/protocol/extension-broadcast';
import { TAB_MESSAGE_BURST, TAB_MESSAGES_PER_SECOND, TAB_RECORD_BURST, TAB_RECORDS_PER_SECOND } from '../lib/protocol/limits';
import type { TabMessage } from '../lib/protocol/tab-messages';
import { hasHostAccess, injectIntoOpenTabs, syncGrantedContentScripts } from '../lib/site-access/site-access';
import { lazyExtDb } from '../lib/store/ext-db';
import { cachedAccess } from '../lib/sync/access-cache';
import { createContentHandler } from '../lib/sync/content-handler';
import { createRateLimiter } from '../lib/sync/rate-limiter';

// The service worker may be stopped at any moment (MV3): it keeps nothing that matters in memory.
// Listeners are registered synchronously at start so a message that wakes it is never missed.
export default defineBackground(() => {
  const db = lazyExtDb();
  const access = cachedAccess(hasHostAccess);
  const messageLimiter = createRateLimiter(TAB_MESSAGE_BURST, TAB_MESSAGES_PER_SECOND);
  const recordLimiter = createRateLimiter(TAB_RECORD_BURST, TAB_RECORDS_PER_SECOND);

  const handle = createContentHandler({
    db,
    extensionId: browser.runtime.id,
    now: Date.now,
    hasHostAccess: (origin) => access.has(origin),
    messageLimiter,
    recordLimiter,
    onStored: ({ origin, accepted }) => {
      const note: StoreChanged = { type: 'store/changed', origin, accepted };
      // Only extension pages (popup, side panel) receive this; nobody listening is fine.
      browser.runtime.sendMessage(note).catch(() => undefined);
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Extension pages talk to the database directly; only content scripts speak the sync protocol.
    if (sender.tab === undefined) return false;
    handle(message, sender).then(sendResponse, () => sendResponse({ ok: false, reason: 'store-failed' }));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    messageLimiter.forget(tabId);
    recordLimiter.forget(tabId);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-overlay' || tab?.id === undefined) return;
    const message: TabMessage = { type: 'overlay/toggle' };
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  browser.permissions.onAdded.addListener((granted) => {
    access.clear();
    void syncGrantedContentScripts().then(() => injectIntoOpenTabs(granted.origins ?? []));
  });
  browser.permissions.onRemoved.addListener(() => {
    access.clear();
    void syncGrantedContentScripts();
  });
  browser.runtime.onInstalled.addListener(() => void syncGrantedContentScripts());
  browser.runtime.onStartup.addListener(() => void syncGrantedContentScripts());
});
