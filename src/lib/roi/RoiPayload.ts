import type {RaterSpread} from "./betweenRaterSpread.js";
import type {SensitivityBar} from "./oneWaySensitivity.js";
import type {OperatingCost} from "./operatingCost.js";
import type {Payback} from "./paybackPeriod.js";
import type {PeriodMetrics} from "./periodMetrics.js";

/** The ROI report of one system (roiReport), the ROI page's unit. */
/** A point estimate with its bootstrap percentile interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** Approval counts per decider, for consistency: cases are assumed dealt to deciders at random. */
export interface RaterGroups {
  /** Manual reviewers in the baseline (all their decisions). */
  baselineReviewers: {decisions: number; approvals: number}[];
  /** Reviewers of routed cases after go-live (their review decisions). */
  automatedReviewers: {decisions: number; approvals: number}[];
  /** The system's unreviewed decisions dealt to as many pseudo-desks as there were baseline reviewers. */
  modelDesks: {decisions: number; approvals: number}[];
}

export interface RoiMonth {
  /** YYYY-MM. */
  month: string;
  /** Calendar days of the month from go-live to the last day of data. */
  days: number;
  decisions: number;
  outcomeValue: number;
  operatingCost: number;
  netValue: number;
  /** Net value minus the same volume handled at the baseline's net value per decision. */
  benefit: Estimate;
  cumulativeBenefit: number;
}

export type RoiWeek = {week: string; period: "baseline" | "automated"} & PeriodMetrics;

export interface RoiReport {
  system: string;
  currency: string;
  positiveDecision: string;
  firstDay: string;
  goLive: string;
  lastDay: string;
  headline: {
    /** Σ monthly benefit − investment. */
    netValueToDate: Estimate;
    benefitToDate: Estimate;
    investment: number;
    costPerDecisionBefore: Estimate;
    costPerDecisionAfter: Estimate;
    payback: Payback & {date: string | null};
    decisionsSinceGoLive: number;
  };
  before: PeriodMetrics;
  after: PeriodMetrics;
  costs: {before: OperatingCost; after: OperatingCost};
  /** Share of positive decisions since go-live valued at an observed outcome mix because theirs has not arrived. */
  pendingShare: number;
  consistency: {
    baselineReviewers: RaterSpread | null;
    automatedReviewers: RaterSpread | null;
    modelDesks: RaterSpread | null;
  };
  monthly: RoiMonth[];
  weekly: RoiWeek[];
  sensitivity: {range: number; output: number; bars: SensitivityBar[]};
  bootstrap: {replicates: number; seed: number; level: number; unit: "day"};
  narrative: string[];
}

/** What the ROI page reads: one report per system that has one, and why the others have none. */
export interface RoiPayload {
  reports: RoiReport[];
  skipped: {system: string; reason: string}[];
}
