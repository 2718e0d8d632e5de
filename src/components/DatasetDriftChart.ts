import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {DriftWindowRow} from "../lib/drift/driftView.js";

export interface DatasetDriftChartOptions {
  /** The share of drifted features that flags a week. */
  share: number;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Dataset-level drift per week: the share of features whose chosen test flags drift, flagged weeks in red, the
 * flagging share as a dashed rule, and a triangle above weeks whose model score (prediction) drifted.
 *
 * @example DatasetDriftChart(view.windows, {share: payload.share, width})
 */
export function DatasetDriftChart(
  windows: readonly DriftWindowRow[],
  {share, width, height = 220, document}: DatasetDriftChartOptions
) {
  const rows = windows.map((w) => ({...w, week: new Date(`${w.window_start}T00:00:00Z`)}));
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: "% of features drifted", domain: [0, 100], grid: true},
    color: {
      domain: [false, true],
      range: [palette.ok, palette.alarm],
      legend: true,
      tickFormat: (d: boolean) => (d ? "dataset drift" : "no dataset drift")
    },
    marks: [
      Plot.rectY(rows, {
        x1: "week",
        x2: (d: {week: Date}) => new Date(+d.week + 6 * 86_400_000),
        y: (d: DriftWindowRow) => d.share * 100,
        fill: "drifted",
        inset: 1,
        tip: true
      }),
      Plot.ruleY([share * 100], {stroke: palette.ink, strokeDasharray: "4,3"}),
      Plot.dot(
        rows.filter((r) => r.prediction_drifted),
        {
          x: (d: {week: Date}) => new Date(+d.week + 3 * 86_400_000),
          y: 97,
          symbol: "triangle",
          fill: palette.threshold,
          r: 4,
          title: () => "prediction (score) drift"
        }
      ),
      Plot.ruleY([0])
    ]
  });
}
