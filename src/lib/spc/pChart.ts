import {baselineRange, type Baseline} from "./baselineRange.js";

/** A subgroup: `count` units with the attribute (e.g. approvals) out of `n` units. */
export interface Subgroup {
  count: number;
  n: number;
}

/** One p-chart point; every limit is clipped to [0, 1]. */
export interface PChartPoint {
  count: number;
  n: number;
  /** count / n */
  p: number;
  /** sqrt(p̄(1 − p̄)/n) */
  sigma: number;
  lcl: number;
  ucl: number;
  lower2: number;
  upper2: number;
  lower1: number;
  upper1: number;
  /** 2 for points after the baseline (monitoring), else 1. */
  phase: 1 | 2;
}

export interface PChart {
  /** p̄, the pooled proportion of the baseline subgroups: Σcount / Σn. */
  center: number;
  baseline: {start: number; end: number};
  points: PChartPoint[];
}

/**
 * p-chart (fraction nonconforming) with varying subgroup size. The centre line is the pooled proportion of
 * the baseline subgroups, p̄ = Σxᵢ / Σnᵢ, and each subgroup gets its own limits
 * p̄ ± 3·sqrt(p̄(1 − p̄)/nᵢ) (so the limits step where n varies), clipped to [0, 1]; the 1σ and 2σ zone
 * boundaries are built the same way for the run rules. Source: Montgomery, Introduction to Statistical
 * Quality Control, 7th ed., §7.2.2 "variable sample size"; NIST/SEMATECH e-Handbook §6.3.3.2; qcc's
 * `limits.p` (R), which clips at 0 and 1 the same way. Runs in O(n).
 *
 * @throws {Error} if there are no subgroups, a size is not a positive integer, a count is not an integer in
 * [0, n], or the baseline is invalid (see baselineRange)
 * @example pChart([{count: 1, n: 10}, {count: 3, n: 10}]).center; // => 0.2
 */
export function pChart(subgroups: readonly Subgroup[], {baseline}: {baseline?: Baseline} = {}): PChart {
  if (subgroups.length === 0) throw new Error("pChart requires at least one subgroup");
  for (const {count, n} of subgroups) {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`invalid subgroup size: ${n}`);
    if (!Number.isInteger(count) || count < 0 || count > n) throw new Error(`invalid count: ${count} of ${n}`);
  }
  const range = baselineRange(subgroups.length, baseline);
  let x = 0;
  let total = 0;
  for (let i = range.start; i < range.end; ++i) {
    x += subgroups[i].count;
    total += subgroups[i].n;
  }
  const center = x / total;
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  const points = subgroups.map(({count, n}, i): PChartPoint => {
    const sigma = Math.sqrt((center * (1 - center)) / n);
    return {
      count,
      n,
      p: count / n,
      sigma,
      lcl: clip(center - 3 * sigma),
      ucl: clip(center + 3 * sigma),
      lower2: clip(center - 2 * sigma),
      upper2: clip(center + 2 * sigma),
      lower1: clip(center - sigma),
      upper1: clip(center + sigma),
      phase: i >= range.end ? 2 : 1
    };
  });
  return {center, baseline: range, points};
}
