import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/** What it cost to make a set of decisions, by component, in the model's currency. */
export interface OperatingCost {
  /** Human handling: review.perCase × reviewed + review.hourlyRate × handling hours. */
  review: number;
  /** automation.perDecision × decisions made by the system. */
  automation: number;
  /** platform.perMonth × 12 / 365 × platformDays. */
  platform: number;
  total: number;
}

/**
 * The operating cost of the decisions in `cells` under `model`, with the fixed platform cost accrued for
 * `platformDays` calendar days (0 for the manual baseline). Outcome values are not costs here: see outcomeValue.
 *
 * @throws {Error} if platformDays is negative or not finite
 * @example
 * // hourlyRate 60, perCase 2, perDecision 0.1, perMonth 365: 1 reviewed case of 30 min, 10 automated decisions, 1 day
 * operatingCost(cells, model, 1); // => {review: 32, automation: 1, platform: 12, total: 45}
 */
export function operatingCost(cells: readonly RoiCell[], model: CostModel, platformDays: number): OperatingCost {
  if (!(platformDays >= 0 && Number.isFinite(platformDays))) throw new Error(`invalid platformDays: ${platformDays}`);
  let reviewed = 0;
  let seconds = 0;
  let automated = 0;
  for (const c of cells) {
    reviewed += c.reviewed;
    seconds += c.handlingSeconds;
    automated += c.automated;
  }
  const review = model.review.perCase * reviewed + (model.review.hourlyRate * seconds) / 3600;
  const automation = model.automation.perDecision * automated;
  const platform = ((model.platform.perMonth * 12) / 365) * platformDays;
  return {review, automation, platform, total: review + automation + platform};
}
