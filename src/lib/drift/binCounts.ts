import {binIndex} from "./binIndex.js";

/**
 * Counts of values per right-closed bin with open outer bins (see binIndex): an array of edges.length + 1 counts.
 * Cost O(n log m).
 *
 * @throws {Error} if a value is NaN
 * @example binCounts([1, 2], [0, 1, 1.5, 2, 3]); // => [2, 2, 1]
 */
export function binCounts(edges: ArrayLike<number>, values: ArrayLike<number>): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (let i = 0; i < values.length; ++i) ++counts[binIndex(edges, values[i])];
  return counts;
}
