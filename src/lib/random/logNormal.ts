import {normal} from "./normal.js";
import type {Rng} from "./rng.js";

/**
 * One draw from the log-normal distribution: exp(X) with X ~ N(mu, sigma²), so the median is exp(mu)
 * and the mean exp(mu + sigma²/2) (scipy.stats.lognorm(s=sigma, scale=exp(mu))). Two rng calls.
 *
 * Throws if sigma is negative or not finite.
 *
 * @example
 * logNormal(sfc32(1), Math.log(60), 0.25); // => a latency around 60 ms
 */
export function logNormal(rng: Rng, mu: number, sigma: number): number {
  if (!(sigma >= 0 && sigma < Infinity)) throw new Error(`invalid sigma: ${sigma}`);
  return Math.exp(normal(rng, mu, sigma));
}
