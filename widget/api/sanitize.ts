/**
 * Turns whatever a page passes to track() into plain JSON-safe data, without throwing and without
 * keeping a reference to the caller's objects (they may change after the call). Hostile input is
 * cut down, never trusted: cycles and functions are dropped, getters that throw are skipped,
 * strings, keys, arrays and depth are capped, and the whole result stays under a size budget, so
 * one call cannot bloat the store or break IndexedDB's structured clone.
 */
export const LIMITS = { depth: 6, keys: 64, items: 64, stringChars: 1024, keyChars: 128, totalChars: 16_384 };

export function sanitizeProps(value: unknown): Record<string, unknown> {
  const budget = { left: LIMITS.totalChars };
  const out = clean(value, 0, new Set(), budget);
  return out !== null && typeof out === 'object' && !Array.isArray(out) ? (out as Record<string, unknown>) : {};
}

/** A short, safe string: truncated, never a thrown toString. */
export function cleanString(value: unknown, max = LIMITS.stringChars): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function clean(value: unknown, depth: number, seen: Set<object>, budget: { left: number }): unknown {
  if (budget.left <= 0) return undefined;
  switch (typeof value) {
    case 'string': {
      const s = cleanString(value, Math.min(LIMITS.stringChars, budget.left))!;
      budget.left -= s.length;
      return s;
    }
    case 'number':
      budget.left -= 8;
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      budget.left -= 4;
      return value;
    case 'bigint':
      return clean(value.toString(), depth, seen, budget);
    case 'object':
      break;
    default:
      return undefined; // functions, symbols, undefined
  }
  if (value === null) return null;
  if (depth >= LIMITS.depth || seen.has(value)) return undefined;
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : clean(value.toISOString(), depth, seen, budget);
    if (Array.isArray(value)) {
      const arr: unknown[] = [];
      const n = Math.min(value.length, LIMITS.items);
      for (let i = 0; i < n && budget.left > 0; i++) {
        const item = clean(read(value, i), depth + 1, seen, budget);
        arr.push(item === undefined ? null : item);
      }
      return arr;
    }
    const obj: Record<string, unknown> = {};
    let count = 0;
    for (const key of Object.keys(value)) {
      if (count >= LIMITS.keys || budget.left <= 0) break;
      if (key.length > LIMITS.keyChars || key === '__proto__') continue;
      const item = clean(read(value, key), depth + 1, seen, budget);
      if (item === undefined) continue;
      obj[key] = item;
      budget.left -= key.length;
      count++;
    }
    return obj;
  } catch {
    return undefined; // a Proxy whose ownKeys throws, a revoked Proxy...
  } finally {
    seen.delete(value);
  }
}

function read(target: object, key: PropertyKey): unknown {
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}
