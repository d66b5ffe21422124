import type { Cohort } from '../../core/schema/event';

/**
 * 32-bit FNV-1a followed by murmur3's finalizer. FNV-1a alone spreads sequential ids (u_1, u_2,
 * ...) poorly in the high bits that decide the cohort; the finalizer mixes every input bit into them.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The holdout: a user is in `control` (signals logged, help never shown) when the hash of the salt
 * and their id, as a fraction of 2^32, falls under the model's holdout fraction. The same user gets
 * the same cohort on every device and page load; changing the salt reshuffles everyone.
 */
export function cohortFor(userKey: string, holdout: Holdout): Cohort {
  return hash32(`${holdout.salt}:${userKey}`) / 2 ** 32 < holdout.fraction ? 'control' : 'treatment';
}

/** The value model's holdout settings. */
export interface Holdout {
  salt: string;
  fraction: number;
}
