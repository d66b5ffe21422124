import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { OverlayFigures } from '../figures/overlay-figures';
import { type FiguresRequest, type OverlayPrefs, viewerSchema } from '../protocol/content-messages';
import { PAGE_DB, PROTOCOL_VERSION } from '../protocol/limits';
import { pageHintSchema } from '../protocol/page-hint';
import { type HighlightReply, tabMessageSchema } from '../protocol/tab-messages';
import { pageSource } from '../sync/page-source';
import { createSyncClient } from '../sync/sync-client';
import { sendToBackground } from './content-transport';
import { isToggleShortcut } from './overlay-position';

/** What the session needs from the overlay (kept abstract so the sync side does not import UI). */
export interface OverlayPort {
  setFigures(figures: OverlayFigures): void;
  setPrefs(prefs: OverlayPrefs): void;
  toggle(): void;
  highlight(selector: string | null): { found: boolean; visible: boolean };
  remove(): void;
}

export interface SessionContext {
  setInterval(handler: () => void, ms: number): number;
  onInvalidated(cb: () => void): void;
}

const POLL_MS = 1_000;
const HIDDEN_POLL_EVERY = 5;
const FIGURES_REFRESH_MS = 60_000;

/**
 * Everything the content script does on a page whose widget announced itself: sync the page store
 * (on the widget's hint, and by polling as a fallback), keep the overlay's figures fresh, answer the
 * extension's tab messages, and toggle on Alt+Shift+Y. Ends for good when the extension says this
 * origin is not granted, or the extension itself goes away.
 */
export function startSession(
  ctx: SessionContext,
  appId: string,
  makeOverlay: (savePrefs: (p: OverlayPrefs) => void) => OverlayPort,
): void {
  let ended = false;
  let figuresDue: ReturnType<typeof setTimeout> | null = null;
  let storedSinceRefresh = false;
  const overlay = makeOverlay(
    (prefs) => void sendToBackground({ v: PROTOCOL_VERSION, type: 'overlay/prefs', prefs }).catch(() => undefined),
  );

  const source = pageSource(PAGE_DB);
  /** Who the widget says is signed in: the overlay shows that person's figures, not the browser's. */
  const viewer = async () => {
    const parsed = z.safeParse(viewerSchema, await source.readMeta(`user:${appId}`).catch(() => undefined));
    return parsed.success ? parsed.data : undefined;
  };

  const refreshFigures = () => {
    if (ended || figuresDue !== null) return;
    // Coalesce bursts (a backfill acks many batches) into one request.
    figuresDue = setTimeout(async () => {
      figuresDue = null;
      try {
        const request: FiguresRequest = { v: PROTOCOL_VERSION, type: 'overlay/figures', appId, viewer: await viewer() };
        const reply = (await sendToBackground(request)) as OverlayFigures | { ok: false };
        if (reply?.ok) overlay.setFigures(reply);
      } catch {
        // The worker is restarting; the next ack or poll asks again.
      }
    }, 150);
  };

  const client = createSyncClient({
    db: PAGE_DB,
    appId,
    source,
    send: sendToBackground,
    // Figures are recomputed once a sync run caught up, not per batch: a backfill would
    // otherwise have the worker re-read the partition for every acknowledged batch.
    onStored: () => {
      storedSinceRefresh = true;
    },
    onHello: (prefs) => {
      overlay.setPrefs(prefs);
      refreshFigures();
    },
    onStop: () => end(),
  });

  const sync = async () => {
    await client.sync();
    if (storedSinceRefresh) {
      storedSinceRefresh = false;
      refreshFigures();
    }
  };

  const onHint = (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const hint = z.safeParse(pageHintSchema, event.data);
    // Only a nudge to read the page store sooner; its numbers are never used.
    if (hint.success && hint.data.appId === appId) void sync();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isToggleShortcut(event)) return;
    event.preventDefault();
    overlay.toggle();
  };
  const onTabMessage = (message: unknown, sender: { id?: string }, respond: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = z.safeParse(tabMessageSchema, message);
    if (!parsed.success) return false;
    const m = parsed.data;
    if (m.type === 'overlay/toggle') overlay.toggle();
    if (m.type === 'overlay/refresh') refreshFigures();
    if (m.type === 'page/highlight') {
      const reply: HighlightReply & { visible: boolean } = { ok: true, ...overlay.highlight(m.selector) };
      respond(reply);
      return false;
    }
    respond({ ok: true });
    return false;
  };

  const end = () => {
    if (ended) return;
    ended = true;
    removeEventListener('message', onHint);
    removeEventListener('keydown', onKey, true);
    browser.runtime.onMessage?.removeListener(onTabMessage);
    overlay.remove();
    delete document.documentElement.dataset.yardstickExtension;
  };

  addEventListener('message', onHint);
  addEventListener('keydown', onKey, true);
  browser.runtime.onMessage.addListener(onTabMessage);
  ctx.onInvalidated(end);
  document.documentElement.dataset.yardstickExtension = 'on';

  let tick = 0;
  ctx.setInterval(() => {
    if (ended) return;
    tick++;
    if (document.visibilityState === 'visible' || tick % HIDDEN_POLL_EVERY === 0) void sync();
    if (tick % (FIGURES_REFRESH_MS / POLL_MS) === 0) refreshFigures();
  }, POLL_MS);
  void sync();
}
