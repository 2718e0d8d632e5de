import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {MultivariateRow} from "../lib/drift/driftView.js";

export interface ReconstructionChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

const week = (d: MultivariateRow) => new Date(`${d.window_start}T00:00:00Z`);

/**
 * Multivariate drift per week: the PCA reconstruction error (line and dots; drifted weeks red, reference weeks
 * hollow) inside its alert band (grey area; each week's own band, which is wider for a short week and leaves a
 * reference week out of its own baseline). Rows: one system's multivariateSeries rows.
 *
 * @example ReconstructionChart(view.multivariate, {width})
 */
export function ReconstructionChart(
  rows: readonly MultivariateRow[],
  {width, height = 240, document}: ReconstructionChartOptions = {}
) {
  const banded = rows.filter((r) => r.lower !== null && r.upper !== null);
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: "reconstruction error", grid: true},
    color: {
      domain: ["reference", "no drift", "drift"],
      range: [palette.muted, palette.ok, palette.alarm],
      legend: true
    },
    marks: [
      Plot.areaY(banded, {x: week, y1: "lower", y2: "upper", fill: palette.windowFill, curve: "step"}),
      Plot.lineY(banded, {x: week, y: "mean", stroke: palette.muted, strokeDasharray: "4,3", curve: "step"}),
      Plot.lineY(rows, {x: week, y: "error", stroke: palette.context}),
      Plot.dot(
        rows.filter((d) => d.reference),
        {
          x: week,
          y: "error",
          r: 3.5,
          fill: "white",
          stroke: (d: MultivariateRow) => (d.drifted ? "drift" : "reference"),
          tip: true,
          channels: {rows: "rows", lower: "lower", upper: "upper"}
        }
      ),
      Plot.dot(
        rows.filter((d) => !d.reference),
        {
          x: week,
          y: "error",
          r: 3.5,
          fill: (d: MultivariateRow) => (d.drifted ? "drift" : "no drift"),
          tip: true,
          channels: {rows: "rows", lower: "lower", upper: "upper"}
        }
      )
    ]
  });
}
