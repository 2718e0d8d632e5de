import {isotonicCalibration} from "../shadow/isotonicCalibration.js";
import {performanceMetrics, type PerformanceMetrics} from "./performanceMetrics.js";
import type {ReliabilityBin} from "./reliabilityCurve.js";
import {windowBounds, type Granularity} from "./windowBounds.js";

/** One decision scored by one model version: production (the logged score) or shadow (the shadow score). */
export interface ScoredDecision {
  /** YYYY-MM-DD (UTC) of the decision. */
  day: string;
  score: number;
  /** The model's decision threshold in force that day: predicted bad when score ≥ threshold. */
  threshold: number;
  /** The bad outcome (default, fraud) if it had arrived by the as-of time, else null. */
  label: boolean | null;
  role: "production" | "shadow";
}

/** A window: every live decision ("all"), a calendar month or an ISO week; start inclusive, end exclusive. */
export interface MetricsWindow {
  granularity: "all" | Granularity;
  window_start: string;
  window_end: string;
  /** The roles the model scored in during the window, e.g. "shadow" or "production+shadow". */
  role: string;
}

export type WindowMetrics = MetricsWindow & Omit<PerformanceMetrics, "reliability">;
export type WindowReliability = Omit<MetricsWindow, "role"> & ReliabilityBin;

/**
 * Live metrics of one model version per window: for "all" (every decision given), then each month and each ISO
 * week (windowBounds) in time order, the realised metrics on decisions whose outcome had arrived and the CBPE
 * estimates on every decision (performanceMetrics), plus the reliability curve of each window. CBPE's reference:
 * the model's scores are calibrated once, by isotonic regression (isotonicCalibration), on every labelled
 * decision given (the caller decides what counts as labelled, e.g. outcomes observed by the as-of time), then
 * applied to every window, labelled or not. Without labelled decisions there are no estimates.
 *
 * @throws {Error} for an invalid day, score or threshold (see performanceMetrics)
 * @example
 * const {metrics} = modelMetrics(rows, {granularities: ["month"]}); // metrics[0].granularity === "all"
 */
export function modelMetrics(
  rows: readonly ScoredDecision[],
  {
    granularities = ["month", "week"],
    minLabelled = 100,
    minRows = 100,
    bins = 10
  }: {granularities?: readonly Granularity[]; minLabelled?: number; minRows?: number; bins?: number} = {}
): {metrics: WindowMetrics[]; reliability: WindowReliability[]} {
  const metrics: WindowMetrics[] = [];
  const reliability: WindowReliability[] = [];
  if (!rows.length) return {metrics, reliability};
  const labelled = rows.filter((r) => r.label !== null);
  const calibration = labelled.length
    ? isotonicCalibration(
        labelled.map((r) => r.score),
        labelled.map((r) => r.label)
      )
    : null;
  const calibrate = calibration ? (s: number) => calibration.apply(s) : null;
  const days = rows.map((r) => r.day).sort();
  const lastDay = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  if (!Number.isFinite(lastDay)) throw new Error(`invalid day: ${days[days.length - 1]}`);
  const next = new Date(lastDay + 86_400_000).toISOString().slice(0, 10);
  const windows: [Omit<MetricsWindow, "role">, ScoredDecision[]][] = [
    [{granularity: "all", window_start: days[0], window_end: next}, [...rows]]
  ];
  for (const granularity of granularities) {
    const groups = new Map<string, ScoredDecision[]>();
    const startOf = new Map<string, string>(); // days repeat: one windowBounds call per distinct day
    for (const r of rows) {
      let key = startOf.get(r.day);
      if (key === undefined) startOf.set(r.day, (key = windowBounds(r.day, granularity).start));
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
    for (const start of [...groups.keys()].sort())
      windows.push([
        {granularity, window_start: start, window_end: windowBounds(start, granularity).end},
        groups.get(start)!
      ]);
  }
  for (const [window, list] of windows) {
    const {reliability: curve, ...m} = performanceMetrics(
      list.map((r) => r.score),
      list.map((r) => r.threshold),
      list.map((r) => r.label),
      {calibrate, minLabelled, minRows, bins}
    );
    const role = [...new Set(list.map((r) => r.role))].sort().join("+");
    metrics.push({...window, role, ...m});
    for (const b of curve) reliability.push({...window, ...b});
  }
  return {metrics, reliability};
}
