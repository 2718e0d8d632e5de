import {costPerDecision} from "./costPerDecision.js";
import {netValue} from "./netValue.js";
import type {CostModel} from "./parseCostModel.js";
import type {RoiCell} from "./roiCell.js";

/** The operational and money figures of one period (the baseline, the automated period, a week). */
export interface PeriodMetrics {
  /** Distinct days with decisions. */
  days: number;
  decisions: number;
  decisionsPerDay: number;
  /** operatingCost.total / decisions. */
  costPerDecision: number;
  /** netValue / decisions. */
  netValuePerDecision: number;
  /** Share of decisions made by the system. */
  automationRate: number;
  /** Share of decisions a person handled. */
  reviewRate: number;
  reviewedPerDay: number;
  reviewerHoursPerDay: number;
  /** Handling minutes per decision, all decisions counted. */
  handlingMinutesPerDecision: number;
  /** Handling minutes per reviewed case; null when none was reviewed. */
  handlingMinutesPerReview: number | null;
  /** Share of decisions whose final decision is the model's positiveDecision. */
  approvalRate: number;
  /** Bad outcomes / positive decisions with an observed outcome; null when none has one yet. */
  lossRate: number | null;
  /** The same by amount: Σ amount of bad outcomes / Σ amount of positive decisions with an outcome. */
  lossAmountRate: number | null;
  /** Positive decisions with an observed outcome / positive decisions; null without positive decisions. */
  maturedShare: number | null;
}

/**
 * Summarises the cells of one period; money as netValue and operatingCost with `platformDays` calendar days
 * of platform cost and pending outcomes valued from `pools` (default the cells themselves).
 *
 * @throws {Error} if cells hold no decision, or as netValue
 * @example
 * periodMetrics(baselineCells, model, {platformDays: 0}).handlingMinutesPerReview; // => 30
 */
export function periodMetrics(
  cells: readonly RoiCell[],
  model: CostModel,
  {platformDays, pools = [cells]}: {platformDays: number; pools?: readonly (readonly RoiCell[])[]}
): PeriodMetrics {
  const days = new Set<string>();
  let decisions = 0,
    automated = 0,
    reviewed = 0,
    seconds = 0,
    positive = 0,
    matured = 0,
    bad = 0,
    maturedAmount = 0,
    badAmount = 0;
  for (const c of cells) {
    if (c.decisions > 0) days.add(c.day);
    decisions += c.decisions;
    automated += c.automated;
    reviewed += c.reviewed;
    seconds += c.handlingSeconds;
    if (c.decision !== model.positiveDecision) continue;
    positive += c.decisions;
    if (c.outcome === null) continue;
    matured += c.decisions;
    maturedAmount += c.amount;
    if (c.outcome) {
      bad += c.decisions;
      badAmount += c.amount;
    }
  }
  if (!(decisions > 0)) throw new Error(`periodMetrics requires at least one decision: ${decisions}`);
  return {
    days: days.size,
    decisions,
    decisionsPerDay: decisions / days.size,
    costPerDecision: costPerDecision(cells, model, platformDays),
    netValuePerDecision: netValue(cells, model, {platformDays, pools}) / decisions,
    automationRate: automated / decisions,
    reviewRate: reviewed / decisions,
    reviewedPerDay: reviewed / days.size,
    reviewerHoursPerDay: seconds / 3600 / days.size,
    handlingMinutesPerDecision: seconds / 60 / decisions,
    handlingMinutesPerReview: reviewed > 0 ? seconds / 60 / reviewed : null,
    approvalRate: positive / decisions,
    lossRate: matured > 0 ? bad / matured : null,
    lossAmountRate: maturedAmount > 0 ? badAmount / maturedAmount : null,
    maturedShare: positive > 0 ? matured / positive : null
  };
}
