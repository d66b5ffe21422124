/**
 * mulberry32: a small seeded PRNG with a 2^32 period, plenty for a few thousand bootstrap draws.
 * Same seed, same sequence, on every engine; randomness is always passed in, never Math.random.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed used when none is given, so that a report is reproducible by default. */
export const DEFAULT_SEED = 20241122;
