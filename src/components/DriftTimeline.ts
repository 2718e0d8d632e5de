import * as Plot from "@observablehq/plot";
import type {DriftCellRow} from "../lib/drift/driftView.js";
import {palette} from "./palette.js";

export interface DriftTimelineOptions {
  /** The y axis's name for the chosen test (its registry label, e.g. "Jensen–Shannon distance"); default its id. */
  label?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * One feature's drift over weeks: the value of its automatically chosen test per week (a p-value on a log scale, or a
 * distance), the test's threshold as a dashed rule, drifted weeks in red. Rows: one feature's cells (see driftView);
 * if the chosen test changes across weeks (it depends only on the reference, so it should not) the first is used.
 *
 * @example DriftTimeline(view.scoreSeries, {width})
 */
export function DriftTimeline(
  series: readonly DriftCellRow[],
  {label, width, height = 220, document}: DriftTimelineOptions = {}
) {
  const first = series[0];
  const pvalue = first?.test === "ks" || first?.test === "chisquare";
  const rows = series.map((c) => ({
    week: new Date(`${c.window_start}T00:00:00Z`),
    value: pvalue ? Math.max(c.value, 1e-300) : c.value,
    drifted: c.drifted
  }));
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {
      type: pvalue ? "log" : "linear",
      label: first ? `↑ ${label ?? first.test}${pvalue ? " (log scale)" : ""}` : null,
      grid: true,
      ...(pvalue ? {} : {zero: true})
    },
    color: {
      domain: [false, true],
      range: [palette.ok, palette.alarm],
      legend: true,
      tickFormat: (d: boolean) => (d ? "drift" : "no drift")
    },
    marks: [
      ...(first ? [Plot.ruleY([first.threshold], {stroke: palette.ink, strokeDasharray: "4,3"})] : []),
      Plot.lineY(rows, {x: "week", y: "value", stroke: palette.context}),
      Plot.dot(rows, {x: "week", y: "value", fill: "drifted", r: 3.5, tip: true})
    ]
  });
}
