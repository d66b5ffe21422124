import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { YardstickEvent } from '../../../core/schema/event';
import type { ValueModel } from '../../../core/schema/value-model';

/**
 * The extension's own IndexedDB: every synced event, partitioned by the origin the extension saw
 * it on and the app that produced it. Keyed by [origin, event id], so delivering an event twice
 * cannot store it twice, and one origin can never overwrite another's.
 */
export const EXT_DB_NAME = 'yardstick-extension';
export const EXT_DB_VERSION = 1;

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
  /** User settings ('user') and per-origin overlay preferences ('overlay:<origin>'). */
  settings: { key: string; value: unknown };
}

export class ExtStoreMigrationError extends Error {
  override name = 'ExtStoreMigrationError';
}

type Migration = (db: IDBPDatabase<ExtDb>) => void;

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
];

export type ExtDatabase = IDBPDatabase<ExtDb>;

export function openExtDb(name = EXT_DB_NAME): Promise<ExtDatabase> {
  return openDB<ExtDb>(name, EXT_DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < EXT_DB_VERSION; v++) {
        const migrate = migrations[v];
        if (!migrate) throw new ExtStoreMigrationError(`no migration from version ${v} of ${name}`);
        try {
          migrate(db);
        } catch (cause) {
          throw new ExtStoreMigrationError(`migration ${v} -> ${v + 1} of ${name} failed`, { cause });
        }
      }
    },
  });
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
