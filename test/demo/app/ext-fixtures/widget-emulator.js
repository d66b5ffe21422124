// Stands in for the Yardstick widget in the extension's tests: it keeps the widget's contract with
// the extension exactly (core/storage/page-store.ts and issue 4), without the widget's UI:
//   - the page database `yardstick` (v1): store `events` (keyPath seq, autoIncrement, unique `by-id`
//     index on id) and store `meta`;
//   - `meta` holds `model:<appId>` (the value model) and `user:<appId>`;
//   - `<html data-yardstick-widget="<appId>">` once initialised;
//   - `window.postMessage({ source: 'yardstick-widget', type: 'events-stored', appId, lastSeq })`
//     after each committed batch.
// Tests drive it through `window.yardstickFixture` (page.evaluate).

const DB = 'yardstick';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const events = db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
      events.createIndex('by-id', 'id', { unique: true });
      db.createObjectStore('meta');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

let dbPromise = null;
const db = () => (dbPromise ??= open());

/** Writes events in one transaction; resolves with the last seq once committed. */
async function write(events) {
  const conn = await db();
  return new Promise((resolve, reject) => {
    const tx = conn.transaction('events', 'readwrite');
    let lastSeq = 0;
    for (const event of events) {
      const request = tx.objectStore('events').add(event);
      request.onsuccess = () => {
        lastSeq = request.result;
      };
      // The widget never writes an id twice; hostile fixtures may, and must not abort the batch.
      request.onerror = (e) => {
        e.preventDefault();
      };
    }
    tx.oncomplete = () => resolve(lastSeq);
    tx.onerror = () => reject(tx.error);
  });
}

async function putMeta(key, value) {
  const conn = await db();
  return new Promise((resolve, reject) => {
    const tx = conn.transaction('meta', 'readwrite');
    tx.objectStore('meta').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function hint(appId, lastSeq) {
  window.postMessage({ source: 'yardstick-widget', type: 'events-stored', appId, lastSeq }, location.origin);
}

let counter = 0;
// The signed-in user: the overlay shows this user's events, so tests emit theirs as `u_1`.
const state = { appId: 'acme', userId: 'u_1', sessionId: `s_${Date.now()}`, cohort: 'treatment' };

function event(name, props = {}, extra = {}) {
  counter += 1;
  return {
    id: `${location.host}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    ts: Date.now(),
    appId: state.appId,
    userId: state.userId,
    sessionId: state.sessionId,
    cohort: state.cohort,
    props,
    ...extra,
  };
}

window.yardstickFixture = {
  state,
  event,
  /** Writes the value model and user meta, then sets the marker (as the widget's init does). */
  async init(model, options = {}) {
    Object.assign(state, options);
    await db();
    await putMeta(`model:${state.appId}`, model);
    await putMeta(`user:${state.appId}`, { userId: state.userId, anonymousId: `anon_${state.userId}`, cohort: state.cohort });
    document.documentElement.dataset.yardstickWidget = state.appId;
  },
  async setModel(model) {
    await putMeta(`model:${state.appId}`, model);
  },
  /** Stores events (full objects), then hints. Returns the last seq. */
  async emit(events, { silent = false } = {}) {
    const lastSeq = await write(events);
    if (!silent) hint(state.appId, lastSeq);
    return lastSeq;
  },
  /** Stores `count` synthetic events in batches of `batch` without hinting (events captured earlier). */
  async seed(count, { batch = 2000, make } = {}) {
    let lastSeq = 0;
    for (let i = 0; i < count; i += batch) {
      const events = [];
      for (let k = i; k < Math.min(count, i + batch); k++)
        events.push(make ? make(k) : event('task_completed', { task: 'export_report' }, { ts: Date.now() - (count - k) }));
      lastSeq = await write(events);
    }
    return lastSeq;
  },
  hint,
  write,
  putMeta,
};
document.documentElement.dataset.fixture = 'ready';
