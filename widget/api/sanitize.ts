/**
 * Turns whatever a page passes to track() into plain JSON-safe data, without throwing and without
 * keeping a reference to the caller's objects (they may change after the call). Hostile input is
 * cut down, never trusted: cycles and functions are dropped, getters that throw are skipped,
 * strings, keys, arrays and depth are capped, and the whole result stays under a size budget, so
 * one call cannot bloat the store or break IndexedDB's structured clone.
 */
export const MAX_DEPTH = 6;
export const MAX_KEYS = 64;
export const MAX_ITEMS = 64;
export const MAX_STRING_CHARS = 1024;
const MAX_KEY_CHARS = 128;
export const MAX_TOTAL_CHARS = 16_384;

export function sanitizeProps(value: unknown): Record<string, unknown> {
  let left = MAX_TOTAL_CHARS;
  const seen = new Set<object>();
  const clean = (value: unknown, depth: number): unknown => {
    if (left <= 0) return undefined;
    switch (typeof value) {
      case 'string': {
        const s = cleanString(value, Math.min(MAX_STRING_CHARS, left))!;
        left -= s.length;
        return s;
      }
      case 'number':
        left -= 8;
        return Number.isFinite(value) ? value : null;
      case 'boolean':
        left -= 4;
        return value;
      case 'bigint':
        return clean(value.toString(), depth);
      case 'object':
        break;
      default:
        return undefined; // functions, symbols, undefined
    }
    if (value === null) return null;
    if (depth >= MAX_DEPTH || seen.has(value)) return undefined;
    seen.add(value);
    try {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : clean(value.toISOString(), depth);
      if (Array.isArray(value)) {
        const arr: unknown[] = [];
        const n = Math.min(value.length, MAX_ITEMS);
        for (let i = 0; i < n && left > 0; i++) arr.push(clean(read(value, i), depth + 1) ?? null);
        return arr;
      }
      const obj: Record<string, unknown> = {};
      let count = 0;
      for (const key of Object.keys(value)) {
        if (count >= MAX_KEYS || left <= 0) break;
        if (key.length > MAX_KEY_CHARS || key === '__proto__') continue;
        const item = clean(read(value, key), depth + 1);
        if (item === undefined) continue;
        obj[key] = item;
        left -= key.length;
        count++;
      }
      return obj;
    } catch {
      return undefined; // a Proxy whose ownKeys throws, a revoked Proxy...
    } finally {
      seen.delete(value);
    }
  };
  const out = clean(value, 0);
  return out !== null && typeof out === 'object' && !Array.isArray(out) ? (out as Record<string, unknown>) : {};
}

/** A short, safe string: truncated, never a thrown toString. */
export function cleanString(value: unknown, max = MAX_STRING_CHARS): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function read(target: object, key: PropertyKey): unknown {
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}
