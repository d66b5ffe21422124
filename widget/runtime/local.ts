/**
 * localStorage that never throws: it is missing in some sandboxed iframes, throws on access when
 * cookies are blocked, and throws on write when full. Reads return null, writes report success.
 */
export interface LocalStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(prefix: string): string[];
}

export function safeLocalStore(getStorage: () => Storage | undefined = () => globalThis.localStorage): LocalStore {
  const attempt = <T>(fn: (s: Storage) => T, fallback: T): T => {
    try {
      const s = getStorage();
      return s ? fn(s) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    get: (key) => attempt((s) => s.getItem(key), null),
    set: (key, value) =>
      attempt((s) => {
        s.setItem(key, value);
        return true;
      }, false),
    remove: (key) => attempt((s) => s.removeItem(key), undefined),
    // Object.keys lists a Storage's stored keys (bar one named like a member, e.g. "length": ours are prefixed).
    keys: (prefix) => attempt((s) => Object.keys(s).filter((k) => k.startsWith(prefix)), []),
  };
}

/** In-memory stand-in with the same contract, for tests and for pages without storage. */
export function memoryLocalStore(): LocalStore {
  const m = new Map<string, string>();
  return {
    get: (k) => m.get(k) ?? null,
    set: (k, v) => {
      m.set(k, v);
      return true;
    },
    remove: (k) => void m.delete(k),
    keys: (p) => [...m.keys()].filter((k) => k.startsWith(p)),
  };
}

/** Every key the widget writes is namespaced by app, so two apps on one origin never collide. */
export const localKey = (appId: string, name: string) => `yardstick:${appId}:${name}`;
