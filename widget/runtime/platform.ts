import type { IDBPDatabase } from 'idb';
import type { PageDb } from '../../core/storage/page-store';
import { randomId } from './ids';
import { type LocalStore, safeLocalStore } from './local';

/** Everything the widget takes from its surroundings, so tests can pass their own. */
export interface Platform {
  win: Window & typeof globalThis;
  /** Epoch ms. */
  now(): number;
  newId(): string;
  local: LocalStore;
  /** sessionStorage: per-tab state that should survive a reload (the open episode). */
  session: LocalStore;
  /** Where the UI chunk (Preact, help card, badge) is loaded from. Without it no UI is shown. */
  uiUrl?: string | undefined;
  openStore?: (() => Promise<IDBPDatabase<PageDb>>) | undefined;
  fetchJson?: ((url: string) => Promise<unknown>) | undefined;
}

export function browserPlatform(uiUrl: string | undefined): Platform {
  return {
    win: globalThis as Window & typeof globalThis,
    now: Date.now,
    newId: randomId,
    local: safeLocalStore(),
    session: safeLocalStore(() => globalThis.sessionStorage),
    uiUrl,
  };
}
