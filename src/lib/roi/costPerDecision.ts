import {operatingCost} from "./operatingCost.js";
import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/**
 * Operating cost per decision: operatingCost(cells, model, platformDays).total / Σ decisions.
 * The headline "cost per decision before/after" compares the manual baseline (platformDays 0) with the
 * automated period (platformDays = its calendar days).
 *
 * @throws {Error} if cells hold no decision, or as operatingCost
 * @example
 * // 1 manual decision of 30 min at 60/h plus 2 per case
 * costPerDecision(cells, model, 0); // => 32
 */
export function costPerDecision(cells: readonly RoiCell[], model: CostModel, platformDays: number): number {
  const decisions = cells.reduce((n, c) => n + c.decisions, 0);
  if (!(decisions > 0)) throw new Error(`costPerDecision requires at least one decision: ${decisions}`);
  return operatingCost(cells, model, platformDays).total / decisions;
}
