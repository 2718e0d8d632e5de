import {numericSample, type NumericSample} from "./driftSample.js";
import {sampleQuantiles} from "./sampleQuantiles.js";

const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => k / 10);

/**
 * The inner bin edges PSI and the Jensen–Shannon distance use for a numeric column: the reference sample's
 * deciles q(0.1), …, q(0.9) by quantile type 7 (see quantileType7), with duplicate edges removed. With the two
 * outer bins open this gives (−∞, q1], (q1, q2], …, (q9, +∞): 10 bins, fewer when edges coincide (a column with
 * a single value gets 2 bins). Bins are right-closed, so a value equal to an edge falls in the bin it closes
 * (see binIndex). NaN values must be removed by the caller.
 *
 * @throws {Error} if the reference is empty
 * @example decileEdges(Float64Array.from({length: 11}, (_, i) => i)); // => [1, 2, 3, 4, 5, 6, 7, 8, 9]
 */
export function decileEdges(reference: ArrayLike<number>): number[] {
  if (reference.length === 0) throw new Error("decileEdges requires a non-empty reference");
  return sampleDecileEdges(numericSample(reference));
}

/**
 * decileEdges' twin for a counted sample (see DriftSample): the same edges as decileEdges on the values it counts.
 * Cost O(d).
 *
 * @throws {Error} if the sample is empty
 * @example sampleDecileEdges(numericSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])); // => [1, 2, 3, 4, 5, 6, 7, 8, 9]
 */
export function sampleDecileEdges(sample: NumericSample): number[] {
  if (sample.rows === 0) throw new Error("decileEdges requires a non-empty reference");
  const edges: number[] = [];
  for (const q of sampleQuantiles(sample, DECILES))
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  return edges;
}
