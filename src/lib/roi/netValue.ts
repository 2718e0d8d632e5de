import {operatingCost} from "./operatingCost.js";
import {outcomeValue} from "./outcomeValue.js";
import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/**
 * Net value of a set of decisions: what their outcomes earned minus what making them cost,
 * `outcomeValue(cells, model, pools) − operatingCost(cells, model, platformDays).total`.
 * The value automation adds over a period is then `netValue(after) − decisions(after) × netValue(baseline) / decisions(baseline)`:
 * the same volume handled the manual way is the counterfactual.
 *
 * @throws {Error} as outcomeValue and operatingCost
 * @example
 * netValue(cells, model, {platformDays: 0}); // => outcome value − review cost of the cells
 */
export function netValue(
  cells: readonly RoiCell[],
  model: CostModel,
  {platformDays, pools = [cells]}: {platformDays: number; pools?: readonly (readonly RoiCell[])[]}
): number {
  return outcomeValue(cells, model, pools) - operatingCost(cells, model, platformDays).total;
}
