import type {Moments} from "./mergeMoments.js";

/**
 * Count, mean and M2 = Σ (x − mean)² of a sample, by the two-pass algorithm (mean first, then squared deviations),
 * the most accurate simple method (Chan, Golub & LeVeque 1983). An empty sample gives {count: 0, mean: 0, m2: 0},
 * the identity of mergeMoments. Cost O(n).
 *
 * @throws {Error} if a value is not finite
 * @example momentsOf([1, 2, 3]); // => {count: 3, mean: 2, m2: 2}
 */
export function momentsOf(values: ArrayLike<number>): Moments {
  const n = values.length;
  if (n === 0) return {count: 0, mean: 0, m2: 0};
  let sum = 0;
  for (let i = 0; i < n; ++i) {
    if (!Number.isFinite(values[i])) throw new Error(`invalid value: ${values[i]}`);
    sum += values[i];
  }
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < n; ++i) m2 += (values[i] - mean) ** 2;
  return {count: n, mean, m2};
}
