import { browser } from 'wxt/browser';
import type { ContentMessage } from '../protocol/content-messages';
import { EXTENSION_GONE } from '../sync/sync-client';

/**
 * runtime.sendMessage, with the one failure that is final told apart: after the extension is
 * reloaded or removed, this content script is orphaned ("Extension context invalidated").
 */
export async function sendToBackground(message: ContentMessage): Promise<unknown> {
  if (browser.runtime?.id === undefined)
    throw Object.assign(new Error('extension context invalidated'), { name: EXTENSION_GONE });
  try {
    return await browser.runtime.sendMessage(message);
  } catch (error) {
    if (/context invalidated/i.test(String((error as Error)?.message))) {
      throw Object.assign(new Error('extension context invalidated'), { name: EXTENSION_GONE });
    }
    throw error;
  }
}
