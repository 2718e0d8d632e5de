import * as Plot from "@observablehq/plot";
import {windowCoverage} from "../lib/models/windowCoverage.js";
import {keyedColors} from "./palette.js";

/** The metrics ModelMetricsChart can draw; the first four have CBPE estimates (`est_<metric>`). */
export type ChartMetric = "roc_auc" | "precision" | "recall" | "f1" | "brier" | "log_loss" | "ece";

/**
 * The fields of a model-metrics.parquet row the chart reads. `est_<metric>_lower` / `est_<metric>_upper`, when a
 * loader provides them, are the CBPE estimate's sampling-error band (drawn shaded around the dashed estimate).
 */
export type MetricsChartRow = {model: string; granularity: string; window_start: string; window_end?: string} & Partial<
  Record<ChartMetric | `est_${ChartMetric}` | `est_${ChartMetric}_lower` | `est_${ChartMetric}_upper`, number | null>
>;

export interface ModelMetricsChartOptions {
  metric?: ChartMetric;
  /** Which windows to draw: "month" or "week". */
  granularity?: string;
  width?: number;
  height?: number;
  document?: Document;
}

const LABELS: Record<ChartMetric, string> = {
  roc_auc: "ROC AUC",
  precision: "precision",
  recall: "recall",
  f1: "F1",
  brier: "Brier score",
  log_loss: "log loss",
  ece: "expected calibration error"
};

/**
 * A metric of model versions over time, one colour per version: the realised value where outcomes have arrived
 * (solid line, filled dots), the CBPE estimate without labels (dashed line, open dots; ROC AUC, precision,
 * recall and F1 only) with its band when the rows carry one (`est_<metric>_lower`/`_upper`), and the validation value
 * from the registry (a horizontal rule). A window the version was live for less than half of (windowCoverage: a
 * model that went live on the last day of a month) is not joined to the lines: its dots are drawn hollow and
 * labelled with its days. The marks' groups carry aria-description "realised", "estimated", "band", "partial" and
 * "validation".
 *
 * @example ModelMetricsChart(metrics.filter((m) => m.system === "credit-line"), {metric: "roc_auc", granularity: "month", width})
 */
export function ModelMetricsChart(
  rows: readonly MetricsChartRow[],
  {metric = "roc_auc", granularity = "month", width, height = 300, document}: ModelMetricsChartOptions = {}
) {
  const at = (r: MetricsChartRow) => new Date(`${r.window_start}T00:00:00Z`);
  const covered = windowCoverage(rows.map((r) => ({...r, window_end: r.window_end ?? r.window_start})));
  const windows = covered.filter((r) => r.granularity === granularity);
  const whole = windows.filter((r) => !r.partial);
  const partial = windows.filter((r) => r.partial && (r[metric] != null || r[`est_${metric}`] != null));
  const realised = whole.filter((r) => r[metric] != null);
  const est = `est_${metric}` as const;
  const estimated = whole.filter((r) => r[est] != null);
  const band = estimated.filter((r) => r[`${est}_lower`] != null && r[`${est}_upper`] != null);
  const validation = rows.filter((r) => r.granularity === "validation" && r[metric] != null);
  const models = [...new Set(rows.map((r) => r.model))].sort();
  return Plot.plot({
    document,
    width,
    height,
    marginRight: 20,
    x: {type: "utc", label: null, ticks: granularity === "month" ? "month" : undefined},
    y: {label: `↑ ${LABELS[metric]}`, grid: true, nice: true},
    color: {...keyedColors(models), legend: true},
    marks: [
      Plot.areaY(band, {
        x: at,
        y1: `${est}_lower`,
        y2: `${est}_upper`,
        fill: "model",
        fillOpacity: 0.15,
        curve: "step-after",
        ariaDescription: "band"
      }),
      Plot.ruleY(validation, {y: metric, stroke: "model", strokeOpacity: 0.7, ariaDescription: "validation"}),
      Plot.text(validation, {
        y: metric,
        stroke: "model",
        frameAnchor: "left",
        textAnchor: "start",
        text: () => "validation",
        dx: 6,
        dy: -6,
        fill: "currentColor",
        strokeOpacity: 0,
        fontSize: 10
      }),
      Plot.lineY(estimated, {x: at, y: est, stroke: "model", strokeDasharray: "5 4", ariaDescription: "estimated"}),
      Plot.dot(estimated, {x: at, y: est, stroke: "model", fill: "white", r: 3.5, ariaDescription: "estimated"}),
      Plot.lineY(realised, {x: at, y: metric, stroke: "model", strokeWidth: 2, ariaDescription: "realised"}),
      Plot.dot(realised, {x: at, y: metric, fill: "model", r: 3, ariaDescription: "realised"}),
      Plot.dot(partial, {
        x: at,
        y: (r: MetricsChartRow) => r[metric] ?? r[est] ?? null,
        stroke: "model",
        strokeDasharray: "2 2",
        fill: "none",
        r: 5,
        ariaDescription: "partial"
      }),
      Plot.text(partial, {
        x: at,
        y: (r: MetricsChartRow) => r[metric] ?? r[est] ?? null,
        text: (r: {live_days: number}) => `${r.live_days} day${r.live_days === 1 ? "" : "s"} live`,
        dx: 8,
        textAnchor: "start",
        fill: "currentColor",
        fontSize: 10
      }),
      Plot.tip(
        windows,
        Plot.pointerX({
          x: at,
          y: (r: MetricsChartRow) => r[metric] ?? r[est] ?? null,
          title: (r: MetricsChartRow & {n?: number; n_labelled?: number; live_days: number; window_days: number}) =>
            `${r.model} ${r.window_start}${r.live_days < r.window_days ? ` (live ${r.live_days} of ${r.window_days} days)` : ""}\nrealised ${fmt(r[metric])} (${r.n_labelled ?? "?"} labelled)\nestimated ${fmt(r[est])} (${r.n ?? "?"} decisions)`
        })
      )
    ]
  });
}

function fmt(x: number | null | undefined): string {
  return x == null ? "–" : x.toFixed(3);
}
