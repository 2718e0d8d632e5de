/**
 * The p-quantile of an ascending-sorted sample by Hyndman & Fan's definition 7 (R's default `quantile(type = 7)`,
 * numpy's default `method="linear"`): h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based).
 * Cost O(1); the caller sorts (O(n log n)) once for many quantiles.
 *
 * @throws {Error} if the sample is empty or p is outside [0, 1]
 * @example quantileType7([1, 2, 3, 4], 0.1); // => 1.3
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("quantileType7 requires at least one value");
  if (!(p >= 0 && p <= 1)) throw new Error(`invalid quantile probability: ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}
