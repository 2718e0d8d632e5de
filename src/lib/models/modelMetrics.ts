import {isotonicCalibration} from "../shadow/isotonicCalibration.js";
import {bandFields, type BandFields} from "./bandFields.js";
import {chunkRows, type Chunk, type Chunking} from "./chunkRows.js";
import {performanceMetrics, type PerformanceMetrics} from "./performanceMetrics.js";
import {referenceThresholds, type ThresholdRule, type Thresholds} from "./referenceThresholds.js";
import type {ReliabilityBin} from "./reliabilityCurve.js";
import {
  ESTIMATED_METRICS,
  samplingErrorComponents,
  type EstimatedMetric
} from "./samplingError/samplingErrorComponents.js";
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
 * labelled reference rows there are no estimates, bands or thresholds.
 *
 * @throws {Error} for an invalid day, score, threshold, chunk size or threshold rule (see performanceMetrics)
 * @example
 * const {metrics} = modelMetrics(rows, {granularities: ["month"]}); // metrics[0].granularity === "all"
 */
export function modelMetrics(
  rows: readonly ScoredDecision[],
  {
    granularities = ["month", "week"],
    chunkSize,
    reference,
    thresholds: rule = {std: 3},
    minLabelled = 100,
    minRows = 100,
    bins = 10
  }: ModelMetricsOptions = {}
): {metrics: WindowMetrics[]; reliability: WindowReliability[]} {
  const metrics: WindowMetrics[] = [];
  const reliability: WindowReliability[] = [];
  if (!rows.length) return {metrics, reliability};
  const inReference = reference ? timeFilter(reference) : null;
  const referenceRows = inReference ? rows.filter(inReference) : rows;
  const analysisRows = inReference ? rows.filter((r) => !inReference(r)) : [];
  const labelled = referenceRows.filter((r) => r.label !== null);
  const calibration = labelled.length
    ? isotonicCalibration(
        labelled.map((r) => r.score),
        labelled.map((r) => r.label)
      )
    : null;
  const calibrate = calibration ? (s: number) => calibration.apply(s) : null;
  const components = samplingErrorComponents({
    scores: labelled.map((r) => r.score),
    labels: labelled.map((r) => r.label),
    predicted: labelled.map((r) => r.score >= r.threshold)
  });

  const days = rows.map((r) => r.day).sort();
  const lastDay = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  if (!Number.isFinite(lastDay)) throw new Error(`invalid day: ${days[days.length - 1]}`);
  const next = new Date(lastDay + 86_400_000).toISOString().slice(0, 10);
  const windows: [Omit<MetricsWindow, "role">, ScoredDecision[]][] = [
    [{granularity: "all", window_start: days[0], window_end: next, period: null}, [...rows]]
  ];
  const chunkings: Chunking[] = [
    ...granularities.map((granularity) => ({granularity})),
    ...(chunkSize ? [{size: chunkSize}] : [])
  ];
  for (const chunking of chunkings) {
    const parts: [MetricsWindow["period"], Chunk<ScoredDecision>[]][] = inReference
      ? [
          ["reference", chunkRows(referenceRows, chunking)],
          ["analysis", chunkRows(analysisRows, chunking)]
        ]
      : [[null, chunkRows(rows, chunking)]];
    const list = parts.flatMap(([period, chunks]) => chunks.map((c) => [period, c] as const));
    list.sort(([pa, a], [pb, b]) => cmp(a.window_start, b.window_start) || cmp(pa ?? "", pb ?? ""));
    for (const [period, c] of list)
      windows.push([
        {granularity: c.granularity, window_start: c.window_start, window_end: c.window_end, period},
        c.rows
      ]);
  }

  const computed = windows.map(([window, list]) => {
    const {reliability: curve, ...m} = performanceMetrics(
      list.map((r) => r.score),
      list.map((r) => r.threshold),
      list.map((r) => r.label),
      {calibrate, minLabelled, minRows, bins}
    );
    for (const b of curve) reliability.push({...window, ...b});
    return {window, role: [...new Set(list.map((r) => r.role))].sort().join("+"), m};
  });
  const thresholdsOf = new Map<string, Record<EstimatedMetric, Thresholds> | null>([["all", null]]);
  for (const kind of new Set(computed.map((c) => c.window.granularity))) {
    if (kind === "all") continue;
    const ref = computed.filter(
      (c) => c.window.granularity === kind && (c.window.period === "reference" || c.window.period === null)
    );
    thresholdsOf.set(
      kind,
      Object.fromEntries(
        ESTIMATED_METRICS.map((metric) => [
          metric,
          referenceThresholds(
            ref.map((c) => c.m[metric]),
            ruleFor(rule, metric)
          )
        ])
      ) as Record<EstimatedMetric, Thresholds>
    );
  }
  for (const {window, role, m} of computed)
    metrics.push({
      ...window,
      role,
      ...m,
      ...bandFields(m, components, calibrate ? thresholdsOf.get(window.granularity)! : null)
    });
  return {metrics, reliability};
}

function ruleFor(rule: NonNullable<ModelMetricsOptions["thresholds"]>, metric: EstimatedMetric): ThresholdRule {
  if ("std" in rule || "constant" in rule) return rule as ThresholdRule;
  return (rule as Partial<Record<EstimatedMetric, ThresholdRule>>)[metric] ?? {std: 3};
}

/** A predicate: the row's time (or day) lies in [from, to), compared as instants (UTC). */
function timeFilter({from, to}: {from: string; to: string}): (r: ScoredDecision) => boolean {
  const lo = instant(from);
  const hi = instant(to);
  const cache = new Map<string, number>();
  return (r) => {
    const key = r.time ?? r.day;
    let t = cache.get(key);
    if (t === undefined) cache.set(key, (t = instant(key)));
    return t >= lo && t < hi;
  };
}

function instant(text: string): number {
  const t = Date.parse(
    /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`
  );
  if (!Number.isFinite(t)) throw new Error(`invalid time: ${text}`);
  return t;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
