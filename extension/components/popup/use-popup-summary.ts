import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type PopupSummary, popupSummary } from '../../lib/figures/popup-summary';
import { storeChangedSchema } from '../../lib/protocol/extension-broadcast';
import type { ExtDatabase } from '../../lib/store/ext-db';

/** The popup's figures, re-read when the background stores new events (at most every 500 ms). */
export function usePopupSummary(db: () => Promise<ExtDatabase>): {
  summary: PopupSummary | null;
  error: string | null;
  reload(): void;
} {
  const [summary, setSummary] = useState<PopupSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await popupSummary(await db(), Date.now());
      // The bench reads these marks: data ready, then (in popup-app) first render with charts.
      performance.mark('yardstick:popup-data');
      setSummary(next);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [db]);

  const reload = useCallback(() => {
    if (pending.current !== null) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      void load();
    }, 500);
  }, [load]);

  useEffect(() => {
    void load();
    const onMessage = (message: unknown) => {
      if (z.safeParse(storeChangedSchema, message).success) reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load, reload]);

  return { summary, error, reload: () => void load() };
}
