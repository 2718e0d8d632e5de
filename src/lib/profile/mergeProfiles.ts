import type {ColumnProfile} from "./columnProfile.js";
import {mergeMoments} from "./mergeMoments.js";
import {topOf} from "./topOf.js";

/**
 * Merges the profiles of one column over two disjoint windows into the profile of their union. Rules:
 * - rows, nulls, histogram counts: add (exact; the histogram bins are frozen on the reference, so they must match);
 * - min, max: min of mins, max of maxes (exact);
 * - mean and variance: Chan, Golub & LeVeque's parallel merge of (count, mean, M2) (exact up to ~1e-15 relative);
 * - distinct: HyperLogLog registers merge by register-wise maximum, so the merged sketch equals the union's sketch
 *   exactly and its estimate carries the usual ≈ 2.3 % standard error;
 * - top-k: if both sides are complete (≤ k categories) the union's counts are exact; otherwise each listed value's
 *   count is summed over the sides that list it, a lower bound that is low by at most the k-th count of each side
 *   that did not list it, and the result is marked incomplete (the Misra–Gries style bound, Agarwal et al. 2013,
 *   "Mergeable summaries");
 * - quantiles are not stored: they are estimated from the merged histogram and min/max (histogramQuantile), with
 *   a guaranteed enclosing interval of about one bin width.
 *
 * @throws {Error} if the profiles differ in kind, histogram edges or k
 * @example mergeProfiles(profileOfMonday, profileOfTuesday).rows; // => rows on Monday + rows on Tuesday
 */
export function mergeProfiles(a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  if (a.kind !== b.kind) throw new Error(`mergeProfiles: kinds differ: ${a.kind} vs ${b.kind}`);
  if (a.hll.length !== b.hll.length)
    throw new Error(`mergeProfiles: hll sizes differ: ${a.hll.length} vs ${b.hll.length}`);
  const hll = new Uint8Array(a.hll.length);
  for (let i = 0; i < hll.length; ++i) hll[i] = Math.max(a.hll[i], b.hll[i]);
  const base = {kind: a.kind, rows: a.rows + b.rows, nulls: a.nulls + b.nulls, hll};
  if (a.kind === "numeric") {
    const ha = a.histogram!;
    const hb = b.histogram!;
    if (ha.edges.length !== hb.edges.length || ha.edges.some((e, i) => e !== hb.edges[i]))
      throw new Error("mergeProfiles: histogram edges differ (bins must be frozen on the same reference)");
    return {
      ...base,
      min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
      max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
      moments: mergeMoments(a.moments!, b.moments!),
      histogram: {edges: [...ha.edges], counts: ha.counts.map((c, i) => c + hb.counts[i])},
      top: null
    };
  }
  const ta = a.top!;
  const tb = b.top!;
  if (ta.k !== tb.k) throw new Error(`mergeProfiles: top-k sizes differ: ${ta.k} vs ${tb.k}`);
  const counts = new Map<string, number>();
  for (const t of [...ta.values, ...tb.values]) counts.set(t.value, (counts.get(t.value) ?? 0) + t.count);
  const total = a.rows - a.nulls + b.rows - b.nulls;
  return {
    ...base,
    min: null,
    max: null,
    moments: null,
    histogram: null,
    top: topOf(
      [...counts].map(([value, count]) => ({value, count})),
      ta.k,
      total,
      ta.complete && tb.complete
    )
  };
}
