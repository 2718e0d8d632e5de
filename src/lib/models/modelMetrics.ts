import type {BandFields} from "./bandFields.js";
import {modelMetricsOfColumns} from "./modelMetricsOfColumns.js";
import type {PerformanceMetrics} from "./performanceMetrics.js";
import type {ThresholdRule} from "./referenceThresholds.js";
import type {ReliabilityBin} from "./reliabilityCurve.js";
import type {EstimatedMetric} from "./samplingError/samplingErrorComponents.js";
import {scoredColumns} from "./scoredColumns.js";
import type {Granularity} from "./windowBounds.js";
/** One decision scored by one model version: production (the logged score) or shadow (the shadow score). */
export interface ScoredDecision {
  /** YYYY-MM-DD (UTC) of the decision. */
  day: string;
  /** ISO 8601 time of the decision (UTC), when known: orders rows for chunks of a fixed size. */
  time?: string;
  score: number;
  /** The model's decision threshold in force that day: predicted bad when score ≥ threshold. */
  threshold: number;
  /** The bad outcome (default, fraud) if it had arrived by the as-of time, else null. */
  label: boolean | null;
  role: "production" | "shadow";
}

/**
 * A window: every live decision ("all"), a calendar month, an ISO week or a chunk of a fixed number of rows
 * ("chunk"); a period's start is inclusive and its end exclusive, a chunk's bounds are its first and last row's time.
 */
export interface MetricsWindow {
  granularity: "all" | "chunk" | Granularity;
  window_start: string;
  window_end: string;
  /** The roles the model scored in during the window, e.g. "shadow" or "production+shadow". */
  role: string;
  /** With a reference period: "reference" for its chunks, "analysis" for the others; else null. */
  period: "reference" | "analysis" | null;
}

export type WindowMetrics = MetricsWindow & Omit<PerformanceMetrics, "reliability"> & BandFields;
export type WindowReliability = Omit<MetricsWindow, "role"> & ReliabilityBin;

export interface ModelMetricsOptions {
  /** Calendar windows besides "all" (default month and week). */
  granularities?: readonly Granularity[];
  /** Also cut the rows into chunks of this many rows, in time order ("chunk" windows). */
  chunkSize?: number;
  /** The reference period [from, to) (ISO dates or times, UTC). Default: every labelled decision (see below). */
  reference?: {from: string; to: string};
  /** Alert thresholds: from the reference chunks (default mean ± 3σ) or constant, for all or per metric. */
  thresholds?: ThresholdRule | Partial<Record<EstimatedMetric, ThresholdRule>>;
  minLabelled?: number;
  minRows?: number;
  bins?: number;
}

/**
 * Live metrics of one model version per window, with NannyML's CBPE bands and alerts: for "all" (every decision
 * given), then each month and ISO week (chunkRows by period) and, with `chunkSize`, each chunk of that many rows in
 * time order, the realised metrics on decisions whose outcome had arrived and the CBPE estimates on every
 * decision (performanceMetrics), the reliability curve of each window, and for ROC AUC, precision, recall and F1 the
 * sampling-error bands and alert thresholds (bandFields).
 *
 * The reference: with `reference`, the rows whose time (or day) falls in [from, to); they are chunked apart from
 * the other ("analysis") rows, as NannyML chunks reference and analysis data separately, and each window's
 * `period` says which it is. Without it, every labelled decision is the reference and `period` is null. From the
 * reference's labelled rows come the isotonic calibration of CBPE (isotonicCalibration, as NannyML's calibrator
 * fitted on reference data) and the sampling-error components (samplingErrorComponents); from the realised values
 * of the reference chunks of each kind (month, week, chunk; without `reference`: every window of that kind with a
 * realised value) come that kind's thresholds (referenceThresholds; "all" has none and never alerts). Without
 * labelled reference rows there are no estimates, bands or thresholds. Computed on the rows as columns
 * (scoredColumns → modelMetricsOfColumns).
 *
 * @throws {Error} for an invalid day, score, threshold, chunk size or threshold rule (see performanceMetrics)
 * @example
 * const {metrics} = modelMetrics(rows, {granularities: ["month"]}); // metrics[0].granularity === "all"
 */
export function modelMetrics(
  rows: readonly ScoredDecision[],
  options: ModelMetricsOptions = {}
): {metrics: WindowMetrics[]; reliability: WindowReliability[]} {
  return modelMetricsOfColumns(scoredColumns(rows), options);
}
