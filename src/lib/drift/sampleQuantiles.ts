import type {NumericSample} from "./driftSample.js";

/**
 * Quantiles of a counted numeric sample by Hyndman & Fan's definition 7, exactly as quantileType7 computes them on the
 * expanded sorted values: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based positions in the sorted
 * sample), the same operations in the same order, so the same doubles. Positions are found by walking the counts
 * once for all probabilities. Cost O(d + k log k) for d distinct values and k probabilities.
 *
 * @throws {Error} if the sample is empty or a probability is outside [0, 1]
 * @example sampleQuantiles(numericSample([1, 2, 3, 4]), [0.1]); // => [1.3]
 */
export function sampleQuantiles({rows: n, values, counts}: NumericSample, ps: readonly number[]): number[] {
  if (n === 0) throw new Error("sampleQuantiles requires at least one value");
  for (const p of ps) if (!(p >= 0 && p <= 1)) throw new Error(`invalid quantile probability: ${p}`);
  // every position asked for, ascending; then the value at each, walking the cumulative counts once
  const wanted = ps.flatMap((p) => {
    const lo = Math.floor((n - 1) * p);
    return lo >= n - 1 ? [n - 1] : [lo, lo + 1];
  });
  const positions = [...new Set(wanted)].sort((a, b) => a - b);
  const at = new Map<number, number>();
  let k = 0;
  let below = 0; // values before values[k]
  for (const position of positions) {
    while (below + counts[k] <= position) below += counts[k++];
    at.set(position, values[k]);
  }
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    if (lo >= n - 1) return at.get(n - 1)!;
    const x = at.get(lo)!;
    return x + (h - lo) * (at.get(lo + 1)! - x);
  });
}
