import {mix64} from "./mix64.js";

const FNV_OFFSET = 0xcbf2_9ce4_8422_2325n;
const FNV_PRIME = 0x0000_0100_0000_01b3n;
const MASK = 0xffff_ffff_ffff_ffffn;

/**
 * A 64-bit seed for an independent sub-stream, derived from a base seed and a path of labels, e.g.
 * `sfc32(deriveSeed(42, "credit-line", 17))` for the credit-line rows of day 17. Streams for different
 * paths do not overlap the way `seed + k` seeds of a counter-based generator can.
 *
 * Definition: h = FNV-1a 64 (Fowler–Noll–Vo, http://www.isthe.com/chongo/tech/comp/fnv/) over the UTF-8
 * bytes of the labels joined by "\u001f" (unit separator), then mix64(h ^ mix64(seed mod 2^64)).
 * Throws if the seed is not an integer.
 *
 * @example
 * deriveSeed(42, "credit-line", 17) === deriveSeed(42, "credit-line", 17); // => true
 * deriveSeed(42, "credit-line", 17) === deriveSeed(42, "credit-line", 18); // => false
 */
export function deriveSeed(seed: number | bigint, ...path: (string | number)[]): bigint {
  if (typeof seed === "number" && !Number.isSafeInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(path.join("\u001f"))) {
    h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK;
  }
  return mix64(h ^ mix64(BigInt(seed) & MASK));
}
