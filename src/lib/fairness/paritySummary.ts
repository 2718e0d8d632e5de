import {demographicParity} from "./demographicParity.js";
import {equalizedOdds} from "./equalizedOdds.js";
import {equalOpportunity} from "./equalOpportunity.js";
import type {Rates} from "./groupRates.js";

/** The parity metrics over all groups, named as in the CLI's JSON. */
export interface ParitySummary {
  demographic_parity_difference: number | null;
  demographic_parity_ratio: number | null;
  equalized_odds_difference: number | null;
  equalized_odds_ratio: number | null;
  equal_opportunity_difference: number | null;
  equal_opportunity_ratio: number | null;
}

export const PARITY_NAMES = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
  "equal_opportunity_difference",
  "equal_opportunity_ratio"
] as const;

/**
 * Demographic parity, equalized odds and equal opportunity (difference = max − min, ratio = min / max, as
 * Fairlearn) over the given groups' rates. Pass only the groups that should count (e.g. without suppressed ones).
 * @example
 * paritySummary([groupRates(a, pp), groupRates(b, pp)]).demographic_parity_ratio;
 */
export function paritySummary(groups: Rates[]): ParitySummary {
  const dp = demographicParity(groups);
  const eo = equalizedOdds(groups);
  const eop = equalOpportunity(groups);
  return {
    demographic_parity_difference: dp.difference,
    demographic_parity_ratio: dp.ratio,
    equalized_odds_difference: eo.difference,
    equalized_odds_ratio: eo.ratio,
    equal_opportunity_difference: eop.difference,
    equal_opportunity_ratio: eop.ratio
  };
}
