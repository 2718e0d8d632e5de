import {sampleDecileEdges} from "./decileEdges.js";
import type {DriftSample} from "./driftSample.js";
import {sampleBinCounts} from "./sampleBinCounts.js";

/** A reference window's column with what every comparison against it reuses. */
export interface DriftReference {
  sample: DriftSample;
  /** Distinct reference values (numeric) or categories (categorical), for chooseTest. */
  distinct: number;
  /** Numeric: the PSI bins' inner edges (decileEdges) and the reference's count per bin; null for categorical. */
  edges: number[] | null;
  counts: number[] | null;
}

/**
 * Prepares a reference sample once for many sampleDrift comparisons (the drift series compares one reference with
 * every week): for numeric columns the decile edges of the reference and its bin counts (decileEdges, binCounts) and
 * the number of distinct values (the size of the set of values, with 0 and −0 alike); for categorical columns the
 * number of categories. Cost O(d) numeric (d distinct values), O(1) categorical.
 *
 * @throws {Error} if the sample is empty
 * @example driftReference(numericSample([1, 2, 2, 3])).distinct; // => 3
 */
export function driftReference(sample: DriftSample): DriftReference {
  if (sample.rows === 0) throw new Error("driftReference requires a non-empty sample");
  if (sample.type === "categorical") return {sample, distinct: sample.counts.size, edges: null, counts: null};
  const edges = sampleDecileEdges(sample);
  return {sample, distinct: sample.values.length, edges, counts: sampleBinCounts(edges, sample)};
}
