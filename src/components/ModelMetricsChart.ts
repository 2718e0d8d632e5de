import * as Plot from "@observablehq/plot";

/** The metrics ModelMetricsChart can draw; the first four have CBPE estimates (`est_<metric>`). */
export type ChartMetric = "roc_auc" | "precision" | "recall" | "f1" | "brier" | "log_loss" | "ece";

/** The fields of a model-metrics.parquet row the chart reads. */
export type MetricsChartRow = {model: string; granularity: string; window_start: string} & Partial<
  Record<ChartMetric | `est_${ChartMetric}`, number | null>
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
 * recall and F1 only) and the validation value from the registry (a horizontal rule). The marks' groups carry
 * aria-description "realised", "estimated" and "validation".
 *
 * @example ModelMetricsChart(metrics.filter((m) => m.system === "credit-line"), {metric: "roc_auc", granularity: "month", width})
 */
export function ModelMetricsChart(
  rows: readonly MetricsChartRow[],
  {metric = "roc_auc", granularity = "month", width, height = 300, document}: ModelMetricsChartOptions = {}
) {
  const at = (r: MetricsChartRow) => new Date(`${r.window_start}T00:00:00Z`);
  const windows = rows.filter((r) => r.granularity === granularity);
  const realised = windows.filter((r) => r[metric] != null);
  const estimated = windows.filter((r) => r[`est_${metric}`] != null);
  const validation = rows.filter((r) => r.granularity === "validation" && r[metric] != null);
  const models = [...new Set(rows.map((r) => r.model))].sort();
  const est = `est_${metric}` as const;
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null, ticks: granularity === "month" ? "month" : undefined},
    y: {label: LABELS[metric], grid: true, nice: true},
    color: {domain: models, legend: true},
    marks: [
      Plot.ruleY(validation, {y: metric, stroke: "model", strokeOpacity: 0.7, ariaDescription: "validation"}),
      Plot.text(validation, {
        y: metric,
        stroke: "model",
        frameAnchor: "left",
        text: () => "validation",
        dy: -6,
        fill: "currentColor",
        strokeOpacity: 0,
        fontSize: 10
      }),
      Plot.lineY(estimated, {x: at, y: est, stroke: "model", strokeDasharray: "5 4", ariaDescription: "estimated"}),
      Plot.dot(estimated, {x: at, y: est, stroke: "model", fill: "white", r: 3.5, ariaDescription: "estimated"}),
      Plot.lineY(realised, {x: at, y: metric, stroke: "model", strokeWidth: 2, ariaDescription: "realised"}),
      Plot.dot(realised, {x: at, y: metric, fill: "model", r: 3, ariaDescription: "realised"}),
      Plot.tip(
        windows,
        Plot.pointerX({
          x: at,
          y: (r: MetricsChartRow) => r[metric] ?? r[est] ?? null,
          title: (r: MetricsChartRow & {n?: number; n_labelled?: number}) =>
            `${r.model} ${r.window_start}\nrealised ${fmt(r[metric])} (${r.n_labelled ?? "?"} labelled)\nestimated ${fmt(r[est])} (${r.n ?? "?"} decisions)`
        })
      )
    ]
  });
}

function fmt(x: number | null | undefined): string {
  return x == null ? "–" : x.toFixed(3);
}
