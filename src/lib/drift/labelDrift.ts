import {chiSquareHomogeneity, type ChiSquareResult} from "./chiSquareHomogeneity.js";

/** The workbench's significance level for label drift: one test a week, so 0.01 keeps false alarms to ~1 in 100 weeks. */
export const LABEL_DRIFT_ALPHA = 0.01;

/** Outcome labels of a window: how many decisions have a label, and how many of those are positive (adverse). */
export interface LabelCounts {
  labelled: number;
  positive: number;
}

export interface LabelDrift {
  reference_rate: number;
  current_rate: number;
  /** current_rate − reference_rate */
  difference: number;
  chi2: ChiSquareResult;
  drifted: boolean;
  alpha: number;
}

/**
 * Label drift: whether the rate of the positive (adverse) outcome among labelled decisions moved between a reference
 * and a current window. Pearson's chi-square test of homogeneity on the 2 × 2 table [positive, negative] ×
 * [reference, current] without Yates' correction (chiSquareHomogeneity; equal to the pooled two-proportion z-test),
 * drift when p < alpha (default 0.01, stricter than Evidently's 0.05 because a week is tested every week). Evidently's
 * distance rule for large samples (Jensen–Shannon ≥ 0.1) is not used: on a binary label it needs a rate change from
 * 13 % to about 21 % before it fires. Labels arrive late: compare weeks whose outcomes are mostly in.
 *
 * @throws {Error} when a window has no labelled decision, or positive > labelled, or a count is not a whole number ≥ 0
 * @example labelDrift({labelled: 20656, positive: 2588}, {labelled: 2508, positive: 520}).drifted; // => true (p 5e-30)
 */
export function labelDrift(reference: LabelCounts, current: LabelCounts, alpha = LABEL_DRIFT_ALPHA): LabelDrift {
  for (const [name, c] of [
    ["reference", reference],
    ["current", current]
  ] as const) {
    if (!Number.isInteger(c.labelled) || !Number.isInteger(c.positive) || c.positive < 0 || c.positive > c.labelled)
      throw new Error(`invalid ${name} label counts: ${c.positive} of ${c.labelled}`);
    if (c.labelled === 0) throw new Error(`labelDrift requires labelled decisions in the ${name} window`);
  }
  if (!(alpha > 0 && alpha < 1)) throw new Error(`invalid alpha: ${alpha}`);
  const chi2 = chiSquareHomogeneity(
    [reference.positive, reference.labelled - reference.positive],
    [current.positive, current.labelled - current.positive]
  );
  const reference_rate = reference.positive / reference.labelled;
  const current_rate = current.positive / current.labelled;
  return {
    reference_rate,
    current_rate,
    difference: current_rate - reference_rate,
    chi2,
    drifted: chi2.pvalue < alpha,
    alpha
  };
}
