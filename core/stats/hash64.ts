// A 64-bit string hash in two unsigned 32-bit lanes: cyrb53's multiply-xorshift mixing, keeping
// all 64 bits of its state. Not cryptographic; used to key compact tables without keeping strings.
// `hash64` returns the low lane and leaves the high lane in `hashHigh()` (no allocation per call).

let high = 0;

export function hash64(s: string): number {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507);
  a ^= Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  high = b >>> 0;
  return a >>> 0;
}

/** The high 32 bits of the last `hash64`. */
export function hashHigh(): number {
  return high;
}
