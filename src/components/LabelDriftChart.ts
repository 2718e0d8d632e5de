import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {LabelRow} from "../lib/drift/driftView.js";

export interface LabelDriftChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

const week = (d: LabelRow) => new Date(`${d.window_start}T00:00:00Z`);

/**
 * Label drift per decision week: the rate of the adverse outcome among labelled decisions (dots; drifted weeks red,
 * the dot's area growing with the number of labelled decisions, so thinly labelled recent weeks look light) against
 * the reference window's rate (dashed rule). Rows: one system's labelSeries rows.
 *
 * @example LabelDriftChart(view.labels, {width})
 */
export function LabelDriftChart(
  rows: readonly LabelRow[],
  {width, height = 240, document}: LabelDriftChartOptions = {}
) {
  const label = rows[0]?.label ?? "label";
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: `${label} rate among labelled decisions (%)`, grid: true, zero: true, percent: true},
    r: {range: [1.5, 6]},
    color: {
      domain: [false, true],
      range: [palette.ok, palette.alarm],
      legend: true,
      tickFormat: (d: boolean) => (d ? "label drift" : "no label drift")
    },
    marks: [
      Plot.ruleY(rows.slice(0, 1), {y: "reference_rate", stroke: palette.muted, strokeDasharray: "4,3"}),
      Plot.lineY(rows, {x: week, y: "current_rate", stroke: palette.context}),
      Plot.dot(rows, {
        x: week,
        y: "current_rate",
        r: "labelled",
        fill: "drifted",
        tip: true,
        channels: {labelled: "labelled", decisions: "decisions", pvalue: "pvalue"}
      })
    ]
  });
}
