import { browser } from 'wxt/browser';
import type { HighlightReply, TabMessage } from '../../lib/protocol/tab-messages';

/** Asks the tab's content script to outline (or, with null, stop outlining) the element a signal names. */
export async function highlightOnPage(
  tabId: number,
  selector: string | null,
): Promise<{ found: boolean; visible: boolean } | null> {
  const message: TabMessage = { type: 'page/highlight', selector };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as (HighlightReply & { visible: boolean }) | undefined;
    return reply?.ok ? { found: reply.found, visible: reply.visible } : null;
  } catch {
    // No content script on that tab (not granted, or no widget): nothing to outline.
    return null;
  }
}
