import type {Rates} from "./groupRates.js";
import {rateSpread, type Spread} from "./rateSpread.js";

/**
 * Equalized odds over groups, as Fairlearn's equalized_odds_difference / equalized_odds_ratio (default
 * agg="worst_case"): difference = the larger of the TPR and FPR differences (max − min across groups),
 * ratio = the smaller of the TPR and FPR ratios (min / max). A null part is ignored; both null gives null.
 * @example
 * equalizedOdds([{tpr: 0.8, fpr: 0.1}, {tpr: 0.6, fpr: 0.2}]); // => {difference: 0.2, ratio: 0.5}
 */
export function equalizedOdds(groups: Iterable<Pick<Rates, "tpr" | "fpr">>): Spread {
  const list = Array.from(groups);
  const tpr = rateSpread(list.map((g) => g.tpr));
  const fpr = rateSpread(list.map((g) => g.fpr));
  return {difference: worst(tpr.difference, fpr.difference, Math.max), ratio: worst(tpr.ratio, fpr.ratio, Math.min)};
}

function worst(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  return a === null ? b : b === null ? a : pick(a, b);
}
