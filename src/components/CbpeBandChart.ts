import * as Plot from "@observablehq/plot";
import type {EstimatedMetric} from "../lib/models/samplingError/samplingErrorComponents.js";
import {palette} from "./palette.js";

/** The fields of a model-metrics row the chart reads (one model version, one granularity). */
/** `window_end` (exclusive for calendar windows, the last decision of a size chunk) sets the width of its band. */
export type CbpeBandRow = {window_start: string; window_end?: string; n: number; n_labelled: number} & Partial<
  Record<
    | EstimatedMetric
    | `est_${EstimatedMetric}`
    | `${EstimatedMetric | `est_${EstimatedMetric}`}_${"lower" | "upper"}`
    | `${EstimatedMetric}_threshold_${"lower" | "upper"}`,
    number | null
  > &
    Record<`${EstimatedMetric}_alert`, boolean | null>
>;

export interface CbpeBandChartOptions {
  metric?: EstimatedMetric;
  /** y-axis label; default the metric's name (ROC AUC, precision, recall, F1). */
  label?: string;
  /** The windows' calendar unit, for the x ticks (a tick per month for "month"). */
  granularity?: string;
  /** The version's colour, for the estimate (the Models page passes the colour it has in the metrics chart). */
  color?: string;
  width?: number;
  height?: number;
  document?: Document;
}

const LABELS: Record<EstimatedMetric, string> = {
  roc_auc: "ROC AUC",
  precision: "precision",
  recall: "recall",
  f1: "F1"
};
const REALISED = palette.ink;
const ALERT = palette.alarm;

/**
 * NannyML's performance chart for one model version: per window, the realised metric (dark solid line, filled dots)
 * with its sampling-error band (±3 SE of the labelled rows, shaded grey), the CBPE estimate (dashed line, open dots,
 * in the version's colour) with its band (±3 SE of all rows, shaded in that colour), the alert thresholds from the
 * reference (dashed red rules, labelled) and the windows whose estimate lies outside them (red rings). A band spans its
 * window (window_start to window_end), the values sit in the window's middle. Marks carry aria-description
 * "realised", "realised band", "estimated", "estimated band", "threshold" and "alert" for tests.
 *
 * @example CbpeBandChart(metrics.filter((m) => m.model === id && m.granularity === "month"), {metric: "roc_auc", width})
 */
export function CbpeBandChart(
  rows: readonly CbpeBandRow[],
  {
    metric = "roc_auc",
    label = LABELS[metric],
    granularity,
    color: ESTIMATED = palette.ok,
    width,
    height = 280,
    document
  }: CbpeBandChartOptions = {}
) {
  const time = (t: string) => new Date(/T/.test(t) ? t : `${t}T00:00:00Z`);
  const start = (r: CbpeBandRow) => time(r.window_start);
  const end = (r: CbpeBandRow) => time(r.window_end ?? r.window_start);
  // a window's values sit in its middle, its bands span it
  const at = (r: CbpeBandRow) => new Date((start(r).getTime() + end(r).getTime()) / 2);
  const est = `est_${metric}` as const;
  const realised = rows.filter((r) => r[metric] != null);
  const estimated = rows.filter((r) => r[est] != null);
  const lower = rows.find((r) => r[`${metric}_threshold_lower`] != null)?.[`${metric}_threshold_lower`] ?? null;
  const upper = rows.find((r) => r[`${metric}_threshold_upper`] != null)?.[`${metric}_threshold_upper`] ?? null;
  const thresholds = [
    ...(lower !== null ? [{y: lower, text: `lower threshold ${lower.toFixed(3)}`}] : []),
    ...(upper !== null ? [{y: upper, text: `upper threshold ${upper.toFixed(3)}`}] : [])
  ];
  const alerts = estimated.filter((r) => r[`${metric}_alert`]);
  const fmt = (x: number | null | undefined) => (x == null ? "–" : x.toFixed(3));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 50,
    marginRight: 30,
    x: {type: "utc", label: null, ...(granularity === "month" ? {ticks: "month", tickFormat: "%b %Y"} : {})},
    y: {label: `↑ ${label}`, grid: true, nice: true},
    marks: [
      Plot.rect(realised, {
        x1: start,
        x2: end,
        y1: `${metric}_lower`,
        y2: `${metric}_upper`,
        fill: palette.context,
        fillOpacity: 0.5,
        ariaDescription: "realised band"
      }),
      Plot.rect(estimated, {
        x1: start,
        x2: end,
        y1: `${est}_lower`,
        y2: `${est}_upper`,
        fill: ESTIMATED,
        fillOpacity: 0.12,
        ariaDescription: "estimated band"
      }),
      Plot.ruleY(thresholds, {y: "y", stroke: ALERT, strokeDasharray: "6 4", ariaDescription: "threshold"}),
      // upper label above its rule, lower label below, at the left edge (away from the latest windows)
      Plot.text(
        thresholds.filter((t) => t.text.startsWith("upper")),
        {y: "y", text: "text", frameAnchor: "left", textAnchor: "start", dx: 4, dy: -7, fill: ALERT, fontSize: 10}
      ),
      Plot.text(
        thresholds.filter((t) => t.text.startsWith("lower")),
        {y: "y", text: "text", frameAnchor: "left", textAnchor: "start", dx: 4, dy: 9, fill: ALERT, fontSize: 10}
      ),
      Plot.lineY(estimated, {x: at, y: est, stroke: ESTIMATED, strokeDasharray: "5 4", ariaDescription: "estimated"}),
      Plot.dot(estimated, {x: at, y: est, stroke: ESTIMATED, fill: "white", r: 3.5, ariaDescription: "estimated"}),
      Plot.lineY(realised, {x: at, y: metric, stroke: REALISED, strokeWidth: 2, ariaDescription: "realised"}),
      Plot.dot(realised, {x: at, y: metric, fill: REALISED, r: 3, ariaDescription: "realised"}),
      Plot.dot(alerts, {x: at, y: est, stroke: ALERT, strokeWidth: 2, r: 7, ariaDescription: "alert"}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: at,
          y: (r: CbpeBandRow) => r[metric] ?? r[est] ?? null,
          title: (r: CbpeBandRow) =>
            `${r.window_start}\nrealised ${fmt(r[metric])} [${fmt(r[`${metric}_lower`])}, ${fmt(r[`${metric}_upper`])}] (${r.n_labelled} labelled)\nestimated ${fmt(r[est])} [${fmt(r[`${est}_lower`])}, ${fmt(r[`${est}_upper`])}] (${r.n} decisions)${r[`${metric}_alert`] ? "\nALERT: estimate outside the thresholds" : ""}`
        })
      )
    ]
  });
}
