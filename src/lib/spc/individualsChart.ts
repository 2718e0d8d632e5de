import {baselineRange, type Baseline} from "./baselineRange.js";

/** d₂ for moving ranges of 2 observations (Montgomery, Appendix Table VI). */
const d2 = 1.128;
/** D₄ for moving ranges of 2 observations (Montgomery, Appendix Table VI). */
const D4 = 3.267;

export interface IndividualsPoint {
  value: number;
  /** |xᵢ − xᵢ₋₁|, null for the first point. */
  mr: number | null;
  lcl: number;
  ucl: number;
  /** 2 for points after the baseline (monitoring), else 1. */
  phase: 1 | 2;
}

export interface IndividualsChart {
  /** Mean of the baseline values. */
  center: number;
  /** MR̄ / d₂ with d₂ = 1.128. */
  sigma: number;
  /** Mean moving range of consecutive baseline points. */
  mrBar: number;
  /** Moving-range chart upper limit, D₄·MR̄ with D₄ = 3.267 (its lower limit is 0). */
  mrUcl: number;
  baseline: {start: number; end: number};
  points: IndividualsPoint[];
}

/**
 * Individuals and moving-range (X–mR) chart. On the baseline points: centre = mean x̄, MR̄ = mean of
 * |xᵢ − xᵢ₋₁| over consecutive baseline pairs, σ̂ = MR̄ / 1.128; limits x̄ ± 3σ̂ for every point;
 * moving-range chart centre MR̄, UCL 3.267·MR̄, LCL 0. Source: Montgomery, Introduction to Statistical
 * Quality Control, 7th ed., §6.4; NIST/SEMATECH e-Handbook §6.3.2.2; qcc's `type = "xbar.one"` with
 * `std.dev = "MR"` (R). Runs in O(n).
 *
 * @throws {Error} if a value is not finite, or the baseline has fewer than 2 points or is invalid
 * @example individualsChart([1, 3, 2]).sigma; // => 1.5 / 1.128
 */
export function individualsChart(values: readonly number[], {baseline}: {baseline?: Baseline} = {}): IndividualsChart {
  for (const v of values) if (!Number.isFinite(v)) throw new Error(`invalid value: ${v}`);
  const range = baselineRange(values.length, baseline);
  if (range.end - range.start < 2) throw new Error("individualsChart requires at least 2 baseline points");
  let sum = 0;
  let mrSum = 0;
  for (let i = range.start; i < range.end; ++i) {
    sum += values[i];
    if (i > range.start) mrSum += Math.abs(values[i] - values[i - 1]);
  }
  const center = sum / (range.end - range.start);
  const mrBar = mrSum / (range.end - range.start - 1);
  const sigma = mrBar / d2;
  const points = values.map((value, i): IndividualsPoint => ({
    value,
    mr: i > 0 ? Math.abs(value - values[i - 1]) : null,
    lcl: center - 3 * sigma,
    ucl: center + 3 * sigma,
    phase: i >= range.end ? 2 : 1
  }));
  return {center, sigma, mrBar, mrUcl: D4 * mrBar, baseline: range, points};
}
