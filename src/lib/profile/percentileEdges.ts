import {quantileType7} from "../drift/quantileType7.js";

/**
 * Fine histogram edges frozen on a reference sample: its percentiles q(0.01), …, q(0.99) by quantile type 7,
 * duplicates removed, giving up to 100 right-closed bins with open outer bins. Because k/100 and (k/10)/10 are the
 * same double for k = 10, 20, …, 90, the decile edges PSI uses (decileEdges) are a subset of these edges, so decile
 * counts are sums of percentile-bin counts (see coarsenCounts) and PSI can be computed from merged profiles.
 * Cost O(n log n).
 *
 * @throws {Error} if the reference is empty
 * @example percentileEdges([0, 100]).length; // => 99  (1, 2, …, 99)
 */
export function percentileEdges(reference: ArrayLike<number>): number[] {
  if (reference.length === 0) throw new Error("percentileEdges requires a non-empty reference");
  const sorted = Float64Array.from(reference).sort();
  const edges: number[] = [];
  for (let k = 1; k <= 99; ++k) {
    const q = quantileType7(sorted, k / 100);
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}
