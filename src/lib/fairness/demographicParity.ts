import type {Rates} from "./groupRates.js";
import {rateSpread, type Spread} from "./rateSpread.js";

/**
 * Demographic parity over groups, as Fairlearn's demographic_parity_difference / demographic_parity_ratio:
 * the spread (max − min, min / max) of the selection rate across groups (see rateSpread for null handling).
 * @example
 * demographicParity([{selection_rate: 0.5}, {selection_rate: 0.3}]); // => {difference: 0.2, ratio: 0.6}
 */
export function demographicParity(groups: Iterable<Pick<Rates, "selection_rate">>): Spread {
  return rateSpread(Array.from(groups, (g) => g.selection_rate));
}
