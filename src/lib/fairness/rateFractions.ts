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
  return Object.fromEntries(RATE_NAMES.map((rate) => [rate, rateFraction(c, rate, totalPredictedPositive)])) as Record<
    RateName,
    [number, number]
  >;
}

/**
 * One rate's [numerator, denominator] (the single definition behind rateFractions and rateValue; see there).
 * @throws {Error} for an unknown rate name
 * @example rateFraction({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}, "fpr", 4); // => [1, 5]
 */
export function rateFraction(c: Confusion, rate: RateName, totalPredictedPositive: number): [number, number] {
  const pp = c.tp + c.fp + c.up;
  switch (rate) {
    case "selection_rate":
      return [pp, pp + c.tn + c.fn + c.un];
    case "base_rate":
      return [c.tp + c.fn, c.tp + c.fn + c.fp + c.tn];
    case "tpr":
      return [c.tp, c.tp + c.fn];
    case "fpr":
      return [c.fp, c.fp + c.tn];
    case "fnr":
      return [c.fn, c.tp + c.fn];
    case "tnr":
      return [c.tn, c.fp + c.tn];
    case "precision":
      return [c.tp, c.tp + c.fp];
    case "npv":
      return [c.tn, c.tn + c.fn];
    case "fdr":
      return [c.fp, c.tp + c.fp];
    case "for":
      return [c.fn, c.tn + c.fn];
    case "ppr":
      return [pp, totalPredictedPositive];
    default:
      throw new Error(`invalid rate: ${String(rate)}`);
  }
}

/**
 * One rate as a number (null when its denominator is 0), without building the other ten: the bootstrap's path.
 * @example rateValue({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}, "tpr", 4); // => 0.6
 */
export function rateValue(c: Confusion, rate: RateName, totalPredictedPositive: number): number | null {
  const [num, den] = rateFraction(c, rate, totalPredictedPositive);
  return den > 0 ? num / den : null;
}
