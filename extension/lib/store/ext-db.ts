import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { YardstickEvent } from '../../../core/schema/event';
import type { ValueModel } from '../../../core/schema/value-model';
import { backfillCompletionDays } from './backfill-completion-days';

/**
 * The extension's own IndexedDB: every synced event, partitioned by the origin the extension saw
 * it on and the app that produced it. Keyed by [origin, event id], so delivering an event twice
 * cannot store it twice, and one origin can never overwrite another's.
 */
export const EXT_DB_NAME = 'yardstick-extension';
export const EXT_DB_VERSION = 2;

export interface SyncedEvent {
  /** The tab's origin as the browser reported it; never taken from page data. */
  origin: string;
  /** The event's appId, or the app id the widget declared on the page. */
  app: string;
  /** The page store's seq, kept for tracing a record back to the page. */
  seq: number;
  receivedAt: number;
  event: YardstickEvent;
}

/** Last acknowledged page seq for one page database of one origin. */
export interface Cursor {
  origin: string;
  db: string;
  seq: number;
  updatedAt: number;
}

export interface AppRecord {
  origin: string;
  app: string;
  paused: boolean;
  /** What the user pays for a seat per month, in their currency; null until they say. */
  seatCost: number | null;
  firstSeenAt: number;
  lastEventAt: number;
  events: number;
}

export interface StoredModel {
  origin: string;
  app: string;
  model: ValueModel;
  /** The validated model as JSON, to tell a new model from the one already stored. */
  json: string;
  learnedAt: number;
}

export interface OriginStats {
  origin: string;
  accepted: number;
  duplicates: number;
  rejected: number;
  paused: number;
  modelsRejected: number;
  /** The last few rejections (seq and reason), newest last, for the user to see why. */
  lastRejections: { seq: number; reason: string; at: number }[];
}

/**
 * Part of one app's task_completed events of one UTC day (day = floor(ts / 86,400,000)), in the
 * order they were stored; a busy day has several parts (see completion-days.ts). Written in the
 * same transaction as the events themselves, so the popup reads a few hundred of these instead of
 * every completion.
 */
export interface CompletionDay {
  origin: string;
  app: string;
  day: number;
  part: number;
  events: YardstickEvent[];
}

export interface ExtDb extends DBSchema {
  events: {
    key: [string, string];
    value: SyncedEvent;
    indexes: { 'by-partition-ts': [string, string, number]; 'by-name-ts': [string, number] };
  };
  cursors: { key: [string, string]; value: Cursor };
  apps: { key: [string, string]; value: AppRecord };
  models: { key: [string, string]; value: StoredModel };
  stats: { key: string; value: OriginStats };
  completionDays: { key: [string, string, number, number]; value: CompletionDay };
  /** User settings ('user') and per-origin overlay preferences ('overlay:<origin>'). */
  settings: { key: string; value: unknown };
}

export class ExtStoreMigrationError extends Error {
  override name = 'ExtStoreMigrationError';
}

export type UpgradeTransaction = IDBPTransaction<ExtDb, StoreNames<ExtDb>[], 'versionchange'>;
/** A migration may read and write through the upgrade transaction; its promise settles when done. */
type Migration = (db: IDBPDatabase<ExtDb>, tx: UpgradeTransaction) => void | Promise<void>;

// Index i upgrades version i to i + 1. Append only: never edit a shipped migration.
const migrations: Migration[] = [
  (db) => {
    const events = db.createObjectStore('events', { keyPath: ['origin', 'event.id'] });
    events.createIndex('by-partition-ts', ['origin', 'app', 'event.ts']);
    events.createIndex('by-name-ts', ['event.name', 'event.ts']);
    db.createObjectStore('cursors', { keyPath: ['origin', 'db'] });
    db.createObjectStore('apps', { keyPath: ['origin', 'app'] });
    db.createObjectStore('models', { keyPath: ['origin', 'app'] });
    db.createObjectStore('stats', { keyPath: 'origin' });
    db.createObjectStore('settings');
  },
  (db, tx) => {
    db.createObjectStore('completionDays', { keyPath: ['origin', 'app', 'day', 'part'] });
    return backfillCompletionDays(tx);
  },
];

export type ExtDatabase = IDBPDatabase<ExtDb>;

/**
 * Opens (creating or upgrading) the database. A failed migration aborts the upgrade, so the old
 * version stays as it was, and the caller gets an ExtStoreMigrationError saying which step failed.
 */
export async function openExtDb(name = EXT_DB_NAME): Promise<ExtDatabase> {
  let failure: ExtStoreMigrationError | undefined;
  let upgradeStarted: number | undefined;
  try {
    const db = await openDB<ExtDb>(name, EXT_DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        upgradeStarted = performance.now();
        // A failed upgrade surfaces through openDB; its transaction's `done` must not reject unheard.
        tx.done.catch(() => {});
        migrate(db, tx, oldVersion, name).catch((error: ExtStoreMigrationError) => {
          failure = error;
          try {
            tx.abort();
          } catch {
            // Already aborted.
          }
        });
      },
    });
    // The bench reads this: a one-time upgrade's cost is otherwise invisible in the figures.
    if (upgradeStarted !== undefined) performance.measure('yardstick:ext-db-upgrade', { start: upgradeStarted });
    return db;
  } catch (error) {
    throw failure ?? error;
  }
}

/** Runs the migrations from `oldVersion` in order; a synchronous one stays synchronous. */
async function migrate(db: IDBPDatabase<ExtDb>, tx: UpgradeTransaction, oldVersion: number, name: string): Promise<void> {
  for (let v = oldVersion; v < EXT_DB_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new ExtStoreMigrationError(`no migration from version ${v} of ${name}`);
    try {
      const pending = step(db, tx);
      if (pending !== undefined) await pending;
    } catch (cause) {
      throw new ExtStoreMigrationError(`migration ${v} -> ${v + 1} of ${name} failed`, { cause });
    }
  }
}

/** Opens the database once per context and reuses the connection (popup, panel and worker each own one). */
export function lazyExtDb(name = EXT_DB_NAME): () => Promise<ExtDatabase> {
  let pending: Promise<ExtDatabase> | null = null;
  return () => {
    pending ??= openExtDb(name).then((db) => {
      // Another context upgrading the schema: step aside, and reopen on next use.
      db.addEventListener('versionchange', () => {
        db.close();
        pending = null;
      });
      db.addEventListener('close', () => {
        pending = null;
      });
      return db;
    });
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

/** The smallest and largest keys of an [origin, app, ts] range. */
export function partitionRange(origin: string, app: string, from = 0, to = Number.MAX_SAFE_INTEGER): IDBKeyRange {
  return IDBKeyRange.bound([origin, app, from], [origin, app, to]);
}
