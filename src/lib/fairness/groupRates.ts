import type {Confusion} from "./confusionCounts.js";
import {RATE_NAMES, rateFractions, type RateName} from "./rateFractions.js";

/** Every per-group rate; null when its denominator is zero. */
export type Rates = Record<RateName, number | null>;

/**
 * The per-group rates of rateFractions as numbers: numerator / denominator, or null (never NaN or 0) when the
 * denominator is zero. `totalPredictedPositive` is the number of predicted positives over all groups (for ppr).
 * @throws {Error} if totalPredictedPositive is invalid (see rateFractions)
 * @example
 * groupRates({tp: 3, fp: 1, tn: 4, fn: 2, up: 0, un: 0}, 8).selection_rate; // => 0.4
 */
export function groupRates(c: Confusion, totalPredictedPositive: number): Rates {
  const fractions = rateFractions(c, totalPredictedPositive);
  const rates = {} as Rates;
  for (const name of RATE_NAMES) {
    const [num, den] = fractions[name];
    rates[name] = den > 0 ? num / den : null;
  }
  return rates;
}
