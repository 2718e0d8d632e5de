/** A 35-bit test hash for HyperLogLog: FNV-1a 32-bit of the string, plus 3 bits from a second FNV pass. */
export function fnv35(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; ++i) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) >>> 0;
  return (h2 & 7) * 2 ** 32 + h1;
}
