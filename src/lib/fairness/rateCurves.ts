import type {Confusion} from "./confusionCounts.js";
import {groupRates} from "./groupRates.js";
import type {RateName} from "./rateFractions.js";

/**
 * A rate of every group as a function of the threshold, from confusionCurve's per-group curves over a grid of
 * `bins` bins on [0, 1]: rows {group, threshold: k / bins, value} for k = 0 … bins (ppr uses the predicted
 * positives of all groups at the same threshold). For the "global threshold change" chart.
 * @throws {Error} if the curves differ in length from bins + 1
 * @example rateCurves(["a", "b"], curves, "selection_rate", 200).length; // => 402
 */
export function rateCurves(
  groups: readonly string[],
  curves: readonly Confusion[][],
  rate: RateName,
  bins: number
): {group: string; threshold: number; value: number | null}[] {
  for (const c of curves) if (c.length !== bins + 1) throw new Error(`curve length ${c.length} for ${bins} bins`);
  const out: {group: string; threshold: number; value: number | null}[] = [];
  for (let k = 0; k <= bins; ++k) {
    const pp = curves.reduce((s, c) => s + c[k].tp + c[k].fp + c[k].up, 0);
    groups.forEach((group, g) => out.push({group, threshold: k / bins, value: groupRates(curves[g][k], pp)[rate]}));
  }
  return out;
}
