import { hash64, hashHigh } from '../stats/hash64';

/**
 * A set of event ids that keeps 8 bytes per slot, not the strings: each id is hashed to 64 bits
 * (two 32-bit lanes of a cyrb53-style multiply-xorshift hash) and stored in an open-addressing table
 * (linear probing, two Uint32Array lanes) that doubles when it is 60% full; so 13-27 bytes per id.
 *
 * Two different ids are taken for one when their 64-bit hashes collide. For n ids that happens with
 * probability about n^2 / 2^65: 2.7e-8 for a million ids, 2.7e-4 for a hundred million; a false
 * duplicate would drop one event. The slot (0, 0) marks an empty slot, so a hash of (0, 0) is stored
 * as (0, 1), which only doubles that one hash's (already negligible) chance to collide.
 */
export class IdSet {
  private lo: Uint32Array;
  private hi: Uint32Array;
  private mask: number;
  private limit: number;
  /** Distinct ids added. */
  size = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.lo = new Uint32Array(capacity);
    this.hi = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.limit = Math.floor(capacity * 0.6);
  }

  /** Adds `id`; true when it was not in the set yet. */
  add(id: string): boolean {
    const a = hash64(id);
    const h = hashHigh();
    const b = a === 0 && h === 0 ? 1 : h;
    const lo = this.lo;
    const hi = this.hi;
    const mask = this.mask;
    let i = (a ^ (b >>> 7)) & mask;
    for (;;) {
      const x = lo[i]!;
      const y = hi[i]!;
      if (x === 0 && y === 0) break;
      if (x === a && y === b) return false;
      i = (i + 1) & mask;
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
    for (let i = (a ^ (b >>> 7)) & this.mask; ; i = (i + 1) & this.mask) {
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
    const capacity = oldLo.length * 2;
    const lo = new Uint32Array(capacity);
    const hi = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < oldLo.length; j++) {
      const a = oldLo[j]!;
      const b = oldHi[j]!;
      if (a === 0 && b === 0) continue;
      let i = (a ^ (b >>> 7)) & mask;
      while (lo[i] !== 0 || hi[i] !== 0) i = (i + 1) & mask;
      lo[i] = a;
      hi[i] = b;
    }
    this.lo = lo;
    this.hi = hi;
    this.mask = mask;
    this.limit = Math.floor(capacity * 0.6);
  }
}
