import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { type Partition, RANGES, type RangeKey } from '../../lib/figures/inspector-view';
import { storeChangedSchema } from '../../lib/protocol/extension-broadcast';
import { listOriginApps } from '../../lib/store/apps';
import type { ExtDatabase } from '../../lib/store/ext-db';
import { readModel } from '../../lib/store/models';
import { eventsOf, readPartition } from '../../lib/store/read-events';

export interface OriginData {
  partitions: Partition[];
  /** Events across partitions; lets the panel count what arrived while paused. */
  events: number;
  loadedAt: number;
}

/**
 * One origin's events in the chosen range, per app with its model, re-read as soon as the
 * background says this origin got new events (the panel's "within a second" path). Reads never
 * overlap: a change during a read triggers one more read right after it.
 */
export function useOriginEvents(db: () => Promise<ExtDatabase>, origin: string | null, range: RangeKey): OriginData | null {
  const [data, setData] = useState<OriginData | null>(null);
  const state = useRef({ running: false, again: false });

  useEffect(() => {
    setData(null);
    if (origin === null) return;
    let alive = true;
    const load = async () => {
      if (state.current.running) {
        state.current.again = true;
        return;
      }
      state.current.running = true;
      try {
        do {
          state.current.again = false;
          const conn = await db();
          const now = Date.now();
          const since = range === 'all' ? 0 : now - RANGES[range];
          const apps = await listOriginApps(conn, origin);
          const partitions = await Promise.all(
            apps.map(async (a) => ({
              app: a.app,
              model: await readModel(conn, origin, a.app),
              events: eventsOf(await readPartition(conn, origin, a.app, since)),
            })),
          );
          if (alive) setData({ partitions, events: partitions.reduce((n, p) => n + p.events.length, 0), loadedAt: now });
        } while (state.current.again && alive);
      } finally {
        state.current.running = false;
      }
    };
    void load();
    const onMessage = (message: unknown) => {
      const change = z.safeParse(storeChangedSchema, message);
      if (change.success && change.data.origin === origin) void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A fallback for a missed note (the panel opened mid-write): a light re-read every 5 s.
    const timer = setInterval(load, 5_000);
    return () => {
      alive = false;
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [origin, range, db]);

  return data;
}
