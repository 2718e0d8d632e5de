import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {WindowPerformance} from "../lib/shadow/shadowReport.js";

export interface CbpeChartOptions {
  metric?: "roc_auc" | "precision" | "recall";
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Label-free (CBPE) estimates next to realised values per window for the champion and the challenger: a dashed
 * line with open dots for the estimate, a solid line with filled dots where labels have arrived. Windows
 * without labels show the estimate only.
 *
 * @example CbpeChart(report.windows, {metric: "roc_auc", width})
 */
export function CbpeChart(
  windows: readonly WindowPerformance[],
  {metric = "roc_auc", width, height = 260, document}: CbpeChartOptions = {}
) {
  const estimated = windows.map((w) => ({window: w.window, model: w.model, value: w[`estimated_${metric}`]}));
  const realised = windows
    .map((w) => ({window: w.window, model: w.model, value: w[`realised_${metric}`]}))
    .filter((d) => d.value !== null);
  return Plot.plot({
    document,
    width,
    height,
    x: {label: null, domain: [...new Set(windows.map((w) => w.window))]},
    y: {label: metric.replace("_", " "), grid: true, nice: true},
    color: {domain: ["champion", "challenger"], range: [palette.ink, palette.ok], legend: true},
    marks: [
      Plot.lineY(estimated, {x: "window", y: "value", stroke: "model", strokeDasharray: "4 3"}),
      Plot.dot(estimated, {x: "window", y: "value", stroke: "model", fill: "white", r: 4, tip: true}),
      Plot.lineY(realised, {x: "window", y: "value", stroke: "model"}),
      Plot.dot(realised, {x: "window", y: "value", fill: "model", r: 3})
    ]
  });
}
