import type {Rng} from "./rng.js";

/**
 * One draw from the Poisson distribution with mean lambda, by inversion with sequential search
 * (Devroye 1986, "Non-Uniform Random Variate Generation", §X.3.3): one rng call, O(lambda) steps.
 * Meant for the small means of count features; for lambda = 0 it returns 0.
 *
 * Throws if lambda is negative, not finite or above 100 (e^−lambda would lose too much precision).
 *
 * @example
 * poisson(sfc32(1), 2.5); // => 0, 1, 2, ... with mean 2.5
 */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda >= 0 && lambda <= 100)) throw new Error(`invalid lambda: ${lambda}`);
  const u = rng();
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u >= cdf && p > 0) {
    ++k;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}
