import type {ColumnProfile} from "./columnProfile.js";
import {histogramQuantile} from "./histogramQuantile.js";
import {hllEstimate} from "./hllEstimate.js";

/** The readable statistics of a profile, derived (never stored): what a table or chart shows. */
export interface ProfileSummary {
  rows: number;
  nulls: number;
  null_rate: number;
  distinct: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  variance: number | null;
  std: number | null;
  p05: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

/**
 * Summary statistics of a column profile: null rate = nulls / rows (0 for an empty window), distinct = the
 * HyperLogLog estimate rounded, sample variance M2 / (n − 1) (null for n < 2) and its square root, and the
 * 5/25/50/75/95 % quantiles estimated from the histogram (see histogramQuantile: approximate, within one bin).
 *
 * @example profileSummary(profile).null_rate; // => 0.02
 */
export function profileSummary(p: ColumnProfile): ProfileSummary {
  const n = p.moments?.count ?? 0;
  const variance = p.moments && n >= 2 ? p.moments.m2 / (n - 1) : null;
  const q = (prob: number) =>
    p.histogram && p.min !== null && p.max !== null && n > 0
      ? histogramQuantile(p.histogram.edges, p.histogram.counts, p.min, p.max, prob).value
      : null;
  return {
    rows: p.rows,
    nulls: p.nulls,
    null_rate: p.rows ? p.nulls / p.rows : 0,
    distinct: Math.round(hllEstimate(p.hll)),
    min: p.min,
    max: p.max,
    mean: p.moments && n > 0 ? p.moments.mean : null,
    variance,
    std: variance === null ? null : Math.sqrt(variance),
    p05: q(0.05),
    p25: q(0.25),
    p50: q(0.5),
    p75: q(0.75),
    p95: q(0.95)
  };
}
