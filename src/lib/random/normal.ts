import type {Rng} from "./rng.js";

/**
 * One draw from the normal distribution N(mean, sd²) by the Box–Muller transform (Box & Muller 1958,
 * "A note on the generation of random normal deviates"): sqrt(−2 ln u₁) · cos(2π u₂) with u₁ = 1 − rng()
 * in (0, 1], u₂ = rng(). Uses exactly two rng calls (the sine partner is discarded, so there is no hidden
 * state and a stream stays reproducible when draws are interleaved with other samplers).
 *
 * Throws if sd is negative or not finite.
 *
 * @example
 * normal(sfc32(1), 100, 15); // => an IQ-like draw
 */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  if (!(sd >= 0 && sd < Infinity)) throw new Error(`invalid sd: ${sd}`);
  const u1 = 1 - rng();
  const u2 = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
