import type {Rng} from "./rng.js";

/**
 * A seeded pseudo-random generator returning uniform numbers in [0, 1): Tommy Ettinger's Mulberry32
 * (public domain), 32-bit state, period 2^32. Deterministic for a given seed on every JS engine, which is what
 * reproducible bootstrap intervals need; not for cryptography. The fairness and ROI bootstraps draw from it (their
 * seeded results are Mulberry32's); the sample generator's streams use sfc32.
 * @throws {Error} if seed is not a finite number
 * @example
 * const random = mulberry32(42); random(); // => 0.6011037519201636
 */
export function mulberry32(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`invalid seed: ${seed}`);
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
