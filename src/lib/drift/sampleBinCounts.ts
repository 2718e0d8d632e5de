import type {NumericSample} from "./driftSample.js";

/**
 * binCounts of a counted numeric sample: the count of values per right-closed bin with open outer bins (bin i holds
 * e[i−1] < x ≤ e[i], see binIndex), the same counts as binCounts on the values it counts. One pass over the sorted
 * distinct values and the ascending edges. Cost O(d + m).
 *
 * @example sampleBinCounts([1, 2], numericSample([0, 1, 1.5, 2, 3])); // => [2, 2, 1]
 */
export function sampleBinCounts(edges: ArrayLike<number>, {values, counts}: NumericSample): number[] {
  const bins = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let k = 0; k < values.length; ++k) {
    while (bin < edges.length && edges[bin] < values[k]) ++bin;
    bins[bin] += counts[k];
  }
  return bins;
}
