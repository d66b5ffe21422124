/** The parts of runtime.MessageSender the background trusts: filled in by the browser, not the page. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type SenderCheck = { ok: true; origin: string; tabId: number } | { ok: false };

/**
 * The origin a content-script message came from, as the browser observed it. Only our own content
 * script, in the top frame of a tab on an http(s) page, may speak the sync protocol; anything else
 * (another extension, an iframe, an extension page) is refused.
 */
export function contentScriptOrigin(sender: SenderInfo, extensionId: string): SenderCheck {
  if (sender.id !== extensionId) return { ok: false };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return { ok: false };
  const origin = originOf(sender.origin ?? sender.url);
  return origin === null ? { ok: false } : { ok: true, origin, tabId };
}

/** The http(s) origin of a URL, or null (opaque origins, extension pages, files, garbage). */
export function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}
