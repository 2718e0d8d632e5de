import {numericSample, type NumericSample} from "../drift/driftSample.js";
import {sampleQuantiles} from "../drift/sampleQuantiles.js";

const PERCENTILES = Array.from({length: 99}, (_, i) => (i + 1) / 100);

/**
 * Fine histogram edges frozen on a reference sample: its percentiles q(0.01), …, q(0.99) by quantile type 7,
 * duplicates removed, giving up to 100 right-closed bins with open outer bins. Because k/100 and (k/10)/10 are the
 * same double for k = 10, 20, …, 90, the decile edges PSI uses (decileEdges) are a subset of these edges, so decile
 * counts are sums of percentile-bin counts (see coarsenCounts) and PSI can be computed from merged profiles.
 * Cost O(n log n). Values must be finite.
 *
 * @throws {Error} if the reference is empty
 * @example percentileEdges([0, 100]).length; // => 99  (1, 2, …, 99)
 */
export function percentileEdges(reference: ArrayLike<number>): number[] {
  if (reference.length === 0) throw new Error("percentileEdges requires a non-empty reference");
  return samplePercentileEdges(numericSample(reference));
}

/**
 * percentileEdges' twin for a counted sample (see DriftSample): the same edges as percentileEdges on the values it
 * counts. Cost O(d).
 *
 * @throws {Error} if the sample is empty
 * @example samplePercentileEdges(numericSample([0, 100])).length; // => 99
 */
export function samplePercentileEdges(sample: NumericSample): number[] {
  if (sample.rows === 0) throw new Error("percentileEdges requires a non-empty reference");
  const edges: number[] = [];
  for (const q of sampleQuantiles(sample, PERCENTILES))
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  return edges;
}
