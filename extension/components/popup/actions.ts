import { browser } from 'wxt/browser';
import { type ExportFormat, exportEvents, exportFileName } from '../../lib/export/export-events';
import type { TabMessage } from '../../lib/protocol/tab-messages';
import { setPaused, setSeatCost } from '../../lib/store/apps';
import { deleteAll, deleteApp } from '../../lib/store/data-controls';
import type { ExtDatabase } from '../../lib/store/ext-db';
import { type UserSettings, writeSettings } from '../../lib/store/settings';
import { download } from '../shared/download';

/** Tells open pages' overlays to re-fetch their figures (a rate, a seat price or data changed). */
async function refreshOverlays(): Promise<void> {
  const message: TabMessage = { type: 'overlay/refresh' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))),
  );
}

/** The popup's user actions: each writes the extension database, then refreshes what shows it. */
export function popupActions(db: () => Promise<ExtDatabase>, reload: () => void) {
  const after = async (work: Promise<unknown>) => {
    await work;
    reload();
    await refreshOverlays();
  };
  return {
    saveSettings: async (settings: UserSettings) => after(writeSettings(await db(), settings)),
    setSeatCost: async (origin: string, app: string, cost: number | null) => after(setSeatCost(await db(), origin, app, cost)),
    setPaused: async (origin: string, app: string, paused: boolean) => after(setPaused(await db(), origin, app, paused)),
    deleteApp: async (origin: string, app: string) => after(deleteApp(await db(), origin, app)),
    deleteAll: async () => after(deleteAll(await db())),
    exportEvents: async (format: ExportFormat, partition?: { origin: string; app: string }) => {
      const blob = await exportEvents(await db(), format, partition);
      download(blob, exportFileName(format, Date.now(), partition));
    },
  };
}

export type PopupActions = ReturnType<typeof popupActions>;
