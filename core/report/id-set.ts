import { hash64, hashHigh } from '../stats/hash64';

/**
 * A set of event ids that keeps 8 bytes per slot, not the strings: each id is hashed to 64 bits
 * (two 32-bit lanes of a cyrb53-style multiply-xorshift hash, see stats/hash64.ts) and stored in an
 * open-addressing table (linear probing, two Uint32Array lanes). The table grows by 1.5x when 65%
 * full, so it holds 12-19 bytes per id (doubling would waste up to 2x at the wrong moment).
 *
 * Two different ids are taken for one when their 64-bit hashes collide. For n ids that happens with
 * probability about n^2 / 2^65: 2.7e-8 for a million ids, 2.7e-4 for a hundred million; a false
 * duplicate would drop one event. The slot (0, 0) marks an empty slot, so a hash of (0, 0) is stored
 * as (0, 1), which only doubles that one hash's (already negligible) chance to collide.
 */
export class IdSet {
  private lo: Uint32Array;
  private hi: Uint32Array;
  private capacity: number;
  private limit: number;
  /** Distinct ids added. */
  size = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(16, Math.ceil(initialCapacity));
    this.lo = new Uint32Array(this.capacity);
    this.hi = new Uint32Array(this.capacity);
    this.limit = Math.floor(this.capacity * 0.65);
  }

  /** Adds `id`; true when it was not in the set yet. */
  add(id: string): boolean {
    const a = hash64(id);
    const h = hashHigh();
    const b = a === 0 && h === 0 ? 1 : h;
    const lo = this.lo;
    const hi = this.hi;
    const capacity = this.capacity;
    let i = home(a, capacity);
    for (;;) {
      const x = lo[i]!;
      const y = hi[i]!;
      if (x === 0 && y === 0) break;
      if (x === a && y === b) return false;
      if (++i === capacity) i = 0;
    }
    lo[i] = a;
    hi[i] = b;
    if (++this.size > this.limit) this.grow();
    return true;
  }

  has(id: string): boolean {
    const a = hash64(id);
    const h = hashHigh();
    const b = a === 0 && h === 0 ? 1 : h;
    for (let i = home(a, this.capacity); ; i = i + 1 === this.capacity ? 0 : i + 1) {
      const x = this.lo[i]!;
      const y = this.hi[i]!;
      if (x === 0 && y === 0) return false;
      if (x === a && y === b) return true;
    }
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.lo.byteLength + this.hi.byteLength;
  }

  private grow(): void {
    const oldLo = this.lo;
    const oldHi = this.hi;
    const capacity = Math.ceil(this.capacity * 1.5);
    const lo = new Uint32Array(capacity);
    const hi = new Uint32Array(capacity);
    for (let j = 0; j < oldLo.length; j++) {
      const a = oldLo[j]!;
      const b = oldHi[j]!;
      if (a === 0 && b === 0) continue;
      let i = home(a, capacity);
      while (lo[i] !== 0 || hi[i] !== 0) if (++i === capacity) i = 0;
      lo[i] = a;
      hi[i] = b;
    }
    this.lo = lo;
    this.hi = hi;
    this.capacity = capacity;
    this.limit = Math.floor(capacity * 0.65);
  }
}

/** The home slot of a hash: its low lane scaled to [0, capacity) (exact: both below 2^32). */
function home(a: number, capacity: number): number {
  return Math.floor((a * capacity) / 4294967296);
}
