import type {Rng} from "./rng.js";

/**
 * One draw of an index 0 … k−1 with probability proportional to weights[i], for weights that change from
 * draw to draw (for fixed weights, {@link categorical} precomputes the cumulative sums once). Inversion:
 * one rng call and a linear scan; zero weights are never drawn.
 *
 * Throws if weights is empty, any weight is negative or not finite, or they sum to 0.
 *
 * @example
 * weightedIndex(sfc32(1), [Math.exp(z), 1, 0.15]); // => 0, 1 or 2
 */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) {
    if (!(w >= 0 && w < Infinity)) throw new Error(`invalid weight: ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new Error(`invalid weight total: ${total}`);
  let u = rng() * total;
  let last = -1;
  for (let i = 0; i < weights.length; ++i) {
    if (weights[i] === 0) continue;
    if (u < weights[i]) return i;
    u -= weights[i];
    last = i;
  }
  return last;
}
