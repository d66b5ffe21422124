import type { ConfusionSignal } from '../schema/event';
import { hash64, hashHigh } from '../stats/hash64';

// Episodes in columns (typed arrays), keyed by (user index, 64-bit hash of the episodeId) in an
// open-addressing table: ~80 bytes per episode, no object or string kept per episode unless asked
// (the inspector keeps episodeIds and signals; --explain keeps event ids). Two episodeIds of one
// user are confused only if their 64-bit hashes collide: about k^2 / 2^65 for k episodes of a user.

export interface SignalFact {
  signal: ConfusionSignal;
  selector?: string;
  ts: number;
  eventId: string;
}

/** Flag bits: cohort (0 none, 1 treatment, 2 control), engaged, helpful (0 unknown, 1 yes, 2 no). */
export const COHORT_MASK = 3;
export const ENGAGED = 4;
const HELPFUL_SHIFT = 3;

export class EpisodeTable {
  size = 0;
  user = new Int32Array(16);
  epLo = new Uint32Array(16);
  epHi = new Uint32Array(16);
  startedAt = new Float64Array(16);
  helpTs = new Float64Array(16);
  cohortTs = new Float64Array(16);
  helpfulTs = new Float64Array(16);
  helpId = new Int32Array(16);
  app = new Int32Array(16);
  signalCount = new Int32Array(16);
  flags = new Uint8Array(16);
  readonly episodeIds: string[] | null;
  readonly signals: SignalFact[][] | null;
  readonly eventIds: string[][] | null;
  private slots = new Int32Array(32);
  private mask = 31;

  constructor(keepEpisodeIds: boolean, keepSignals: boolean, keepIds: boolean) {
    this.episodeIds = keepEpisodeIds ? [] : null;
    this.signals = keepSignals ? [] : null;
    this.eventIds = keepIds ? [] : null;
  }

  /** Index of the episode of `user` named `episodeId`, created when new. */
  indexOf(user: number, episodeId: string): number {
    const a = hash64(episodeId);
    const b = hashHigh();
    const mask = this.mask;
    let i = (a ^ Math.imul(user + 1, 0x9e3779b1)) & mask;
    for (;;) {
      const at = this.slots[i]! - 1;
      if (at < 0) break;
      if (this.epLo[at] === a && this.epHi[at] === b && this.user[at] === user) return at;
      i = (i + 1) & mask;
    }
    const index = this.size++;
    if (index === this.user.length) this.growColumns();
    this.slots[i] = index + 1;
    this.user[index] = user;
    this.epLo[index] = a;
    this.epHi[index] = b;
    this.startedAt[index] = Number.POSITIVE_INFINITY;
    this.helpTs[index] = Number.POSITIVE_INFINITY;
    this.cohortTs[index] = Number.POSITIVE_INFINITY;
    this.helpfulTs[index] = Number.NEGATIVE_INFINITY;
    this.helpId[index] = -1;
    this.app[index] = -1;
    this.episodeIds?.push(episodeId);
    this.signals?.push([]);
    this.eventIds?.push([]);
    if (this.size * 2 > this.slots.length) this.rehash();
    return index;
  }

  cohortCode(i: number): number {
    return this.flags[i]! & COHORT_MASK;
  }

  setCohort(i: number, code: number, ts: number): void {
    this.flags[i] = (this.flags[i]! & ~COHORT_MASK) | code;
    this.cohortTs[i] = ts;
  }

  /** true, false, or undefined when no feedback was given. */
  helpful(i: number): boolean | undefined {
    const h = (this.flags[i]! >> HELPFUL_SHIFT) & 3;
    return h === 0 ? undefined : h === 1;
  }

  setHelpful(i: number, helpful: boolean, ts: number): void {
    this.flags[i] = (this.flags[i]! & ~(3 << HELPFUL_SHIFT)) | ((helpful ? 1 : 2) << HELPFUL_SHIFT);
    this.helpfulTs[i] = ts;
  }

  private growColumns(): void {
    const n = this.user.length * 2;
    const grow = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.user = grow(this.user, Int32Array);
    this.epLo = grow(this.epLo, Uint32Array);
    this.epHi = grow(this.epHi, Uint32Array);
    this.startedAt = grow(this.startedAt, Float64Array);
    this.helpTs = grow(this.helpTs, Float64Array);
    this.cohortTs = grow(this.cohortTs, Float64Array);
    this.helpfulTs = grow(this.helpfulTs, Float64Array);
    this.helpId = grow(this.helpId, Int32Array);
    this.app = grow(this.app, Int32Array);
    this.signalCount = grow(this.signalCount, Int32Array);
    this.flags = grow(this.flags, Uint8Array);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.size; index++) {
      let i = (this.epLo[index]! ^ Math.imul(this.user[index]! + 1, 0x9e3779b1)) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = index + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
