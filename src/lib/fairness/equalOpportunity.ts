import type {Rates} from "./groupRates.js";
import {rateSpread, type Spread} from "./rateSpread.js";

/**
 * Equal opportunity over groups (Hardt, Price & Srebro 2016), as Fairlearn's equal_opportunity_difference /
 * equal_opportunity_ratio: the spread (max − min, min / max) of the true positive rate across groups.
 * @example
 * equalOpportunity([{tpr: 0.9}, {tpr: 0.72}]); // => {difference: 0.18, ratio: 0.8}
 */
export function equalOpportunity(groups: Iterable<Pick<Rates, "tpr">>): Spread {
  return rateSpread(Array.from(groups, (g) => g.tpr));
}
