import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {AutoChartSpec} from "../lib/explore/autoChart.js";

export interface AutoChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * The Explore page's automatic chart: draws a query result's rows as the spec says (autoChart): a line per series,
 * bars, dots or a histogram, with a tip; for `none`, a short note instead of a chart.
 *
 * @example AutoChart(result.rows, autoChart(result.columns), {width})
 */
export function AutoChart(
  rows: readonly Record<string, unknown>[],
  spec: AutoChartSpec,
  {width, height = 320, document = globalThis.document}: AutoChartOptions = {}
): Element {
  const {mark, x, y, series} = spec;
  if (mark === "none" || x === null) {
    const note = document.createElement("p");
    note.textContent = spec.reason;
    return note;
  }
  const marks =
    mark === "line"
      ? [Plot.lineY(rows, {x, y: y!, stroke: series ?? undefined, tip: true}), Plot.ruleY([0])]
      : mark === "bar"
        ? [Plot.barY(rows, {x, y: y!, fill: palette.ok, tip: true}), Plot.ruleY([0])]
        : mark === "dot"
          ? [Plot.dot(rows, {x, y: y!, stroke: series ?? undefined, tip: true})]
          : [Plot.rectY(rows, {...Plot.binX({y: "count"}, {x}), fill: palette.ok, tip: true}), Plot.ruleY([0])];
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 60,
    x: mark === "bar" ? {label: x, tickRotate: rows.length > 12 ? -45 : 0} : {label: x},
    y: {label: y ?? "rows", grid: true},
    color: series ? {legend: true} : undefined,
    marks
  });
}
