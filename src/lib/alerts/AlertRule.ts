/**
 * The alert rules of `workbench check` as parseAlertsConfig returns them (see data/alerts.yaml for the documented
 * file format). Plain data.
 */

/** A time window: the last `days` whole UTC days up to and including the newest decision's day, or fixed [from, to). */
export type WindowSpec = {last: number} | {from: string; to: string};

interface RuleBase {
  name: string;
  system: string;
}

/** Dataset drift of `current` against `reference` (default: the drift command's default reference). Fails when the share of drifted features ≥ threshold. */
export interface DriftRule extends RuleBase {
  type: "drift";
  current: WindowSpec;
  reference?: WindowSpec;
  threshold: number;
}

/**
 * One column's drift in `current` against `reference` under a chosen statistic (Evidently's TestColumnDrift with a
 * stattest and threshold): fails when a p-value test's p < threshold or a distance ≥ threshold (isDrift).
 */
export interface ColumnDriftRule extends RuleBase {
  type: "column_drift";
  column: string;
  test: "ks" | "chisquare" | "wasserstein" | "jensenshannon" | "psi";
  current: WindowSpec;
  reference?: WindowSpec;
  threshold: number;
}

/** Buckets with a run-rule violation or EWMA/CUSUM signal of one SPC metric in the `recent` window. Fails when more than threshold. */
export interface SpcRule extends RuleBase {
  type: "spc";
  metric: string;
  bucket: "day" | "week";
  baseline?: {from?: string; to?: string};
  rules?: string[];
  recent: WindowSpec;
  threshold: number;
}

/** Hours from the newest decision to `asOf` (`now` or an ISO time). Fails when above threshold (default the contract's SLA). */
export interface FreshnessRule extends RuleBase {
  type: "freshness";
  asOf: string;
  threshold?: number;
}

/** Group disparities of `rates` by `group` in `window` (default all). Fails when a group is outside [threshold, 1/threshold]. */
export interface FairnessRule extends RuleBase {
  type: "fairness";
  group: string[];
  rates: string[];
  decision: "final" | "model";
  window?: WindowSpec;
  threshold: number;
}

/**
 * ROC AUC of the score in `current` against `reference`: realised (outcomes that have arrived) or estimated
 * (CBPE, no outcomes needed). Fails when the drop (reference − current) > threshold.
 */
export interface PerformanceRule extends RuleBase {
  type: "performance";
  estimate: "realised" | "estimated";
  reference: WindowSpec;
  current: WindowSpec;
  threshold: number;
}

/** Quarantined share of the rows read by the last ingest (manifest). Fails when above threshold. */
export interface QuarantineRule extends RuleBase {
  type: "quarantine_rate";
  threshold: number;
}

export type AlertRule =
  DriftRule | ColumnDriftRule | SpcRule | FreshnessRule | FairnessRule | PerformanceRule | QuarantineRule;

export const RULE_TYPES = [
  "drift",
  "column_drift",
  "spc",
  "freshness",
  "fairness",
  "performance",
  "quarantine_rate"
] as const;
