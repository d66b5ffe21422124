/**
 * Token buckets keyed by tab: `burst` tokens at most, refilled at `perSecond`. In memory on purpose:
 * a worker restart forgets them, which at worst grants one more burst.
 */
export interface RateLimiter {
  /** Takes `cost` tokens; when short, says how long until there are enough. */
  take(key: number, cost: number, now: number): { ok: true } | { ok: false; retryAfterMs: number };
  forget(key: number): void;
}

const MAX_KEYS = 2_000;

export function createRateLimiter(burst: number, perSecond: number): RateLimiter {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(key, cost, now) {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        if (buckets.size >= MAX_KEYS) buckets.delete(buckets.keys().next().value!);
        bucket = { tokens: burst, at: now };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { ok: true };
      }
      // A request larger than the whole bucket would never pass: let it through once the bucket is full.
      const needed = Math.min(cost, burst) - bucket.tokens;
      if (needed <= 0) {
        bucket.tokens -= cost;
        return { ok: true };
      }
      return { ok: false, retryAfterMs: Math.ceil((needed / perSecond) * 1000) };
    },
    forget(key) {
      buckets.delete(key);
    },
  };
}
