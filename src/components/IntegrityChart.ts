import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {IntegrityRow} from "../lib/quality/qualityView.js";

export interface IntegrityChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

const STATES = ["labelled", "pending", "overdue"] as const;

/**
 * Decisions per decision week by the state of their outcome: labelled (an outcome arrived), pending (none yet, still
 * within the maximum label delay) and overdue (none, and older than that), as stacked bars.
 *
 * @example IntegrityChart(view.integrity, {width})
 */
export function IntegrityChart(
  rows: readonly IntegrityRow[],
  {width, height = 240, document}: IntegrityChartOptions = {}
) {
  const long = rows
    .filter((r) => r.week !== null && r.decisions > 0)
    .flatMap((r) => STATES.map((state) => ({week: r.week, state, decisions: r[state]})));
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: "decisions", grid: true},
    color: {domain: [...STATES], range: [palette.ok, palette.reference, palette.alarm], legend: true},
    marks: [
      Plot.rectY(
        long,
        Plot.stackY({
          x1: "week",
          x2: (d: {week: Date}) => new Date(+d.week + 6 * 86_400_000),
          y: "decisions",
          fill: "state",
          order: [...STATES],
          inset: 0.5,
          tip: true
        })
      ),
      Plot.ruleY([0])
    ]
  });
}
