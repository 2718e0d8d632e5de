import {mix64} from "./mix64.js";

const MASK = 0xffff_ffff_ffff_ffffn;
const GAMMA = 0x9e37_79b9_7f4a_7c15n;

/**
 * SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"), exactly as in
 * Vigna's reference splitmix64.c (https://prng.di.unimi.it/splitmix64.c): the state advances by the golden
 * gamma 0x9e3779b97f4a7c15 and each output is the state passed through the `mix64` finalizer.
 * Returns a generator of unsigned 64-bit outputs as bigint. Used to seed {@link sfc32}; it is slow (bigint),
 * so do not use it for bulk sampling.
 *
 * Seeds are taken modulo 2^64 (negative numbers wrap). Throws if the seed is not an integer.
 *
 * @example
 * const next = splitmix64(0);
 * next(); // => 0xe220a8397b1dcdafn
 */
export function splitmix64(seed: number | bigint): () => bigint {
  if (typeof seed === "number" && !Number.isSafeInteger(seed)) throw new Error(`invalid seed: ${seed}`);
  let state = BigInt(seed) & MASK;
  return () => {
    state = (state + GAMMA) & MASK;
    return mix64(state);
  };
}
