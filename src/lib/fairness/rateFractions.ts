import type {Confusion} from "./confusionCounts.js";

/** Every per-group rate the workbench reports (the union of Aequitas's and Fairlearn's group metrics). */
export const RATE_NAMES = [
  "selection_rate",
  "base_rate",
  "tpr",
  "fpr",
  "fnr",
  "tnr",
  "precision",
  "npv",
  "fdr",
  "for",
  "ppr"
] as const;

export type RateName = (typeof RATE_NAMES)[number];

/**
 * The numerator and denominator of every per-group rate, so that a rate is `numerator / denominator` (undefined
 * when the denominator is 0) and a binomial interval can be computed from the same pair.
 *
 * With n = all rows of the group, PP = predicted positives (tp + fp + up), and the labelled counts tp, fp, tn, fn:
 * - selection_rate = PP / n (Aequitas "pprev", predicted prevalence; Fairlearn selection_rate)
 * - base_rate = (tp + fn) / (tp + fp + tn + fn) (Aequitas "prev", prevalence of the positive label)
 * - tpr = tp / (tp + fn), fnr = fn / (tp + fn), fpr = fp / (fp + tn), tnr = tn / (fp + tn)
 * - precision (PPV) = tp / (tp + fp), fdr = fp / (tp + fp), npv = tn / (tn + fn), for = fn / (tn + fn)
 * - ppr = PP / (predicted positives of all groups) (Aequitas "ppr": the group's share of all predicted positives)
 * Definitions as in the Aequitas documentation ("Metrics" in dssg/aequitas) and Fairlearn's metrics module;
 * the unlabelled rows (up, un) enter only selection_rate and ppr, so with every label known the definitions
 * are exactly Aequitas's.
 * @throws {Error} if totalPredictedPositive is negative or not finite
 * @example
 * rateFractions({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}, 8).tpr; // => [3, 5]
 */
export function rateFractions(c: Confusion, totalPredictedPositive: number): Record<RateName, [number, number]> {
  if (!(totalPredictedPositive >= 0) || !Number.isFinite(totalPredictedPositive))
    throw new Error(`invalid totalPredictedPositive: ${totalPredictedPositive}`);
  const pp = c.tp + c.fp + c.up;
  const n = pp + c.tn + c.fn + c.un;
  const pos = c.tp + c.fn;
  const neg = c.fp + c.tn;
  return {
    selection_rate: [pp, n],
    base_rate: [pos, pos + neg],
    tpr: [c.tp, pos],
    fpr: [c.fp, neg],
    fnr: [c.fn, pos],
    tnr: [c.tn, neg],
    precision: [c.tp, c.tp + c.fp],
    npv: [c.tn, c.tn + c.fn],
    fdr: [c.fp, c.tp + c.fp],
    for: [c.fn, c.tn + c.fn],
    ppr: [pp, totalPredictedPositive]
  };
}
