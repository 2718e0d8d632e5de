import * as Plot from "@observablehq/plot";
import {schemes} from "./palette.js";
import type {NullRow} from "../lib/quality/qualityView.js";

export interface NullRateHeatmapOptions {
  width?: number;
  /** Draw the colour ramp legend (it needs a canvas: pass false in Node). Default true. */
  legend?: boolean;
  document?: Document;
}

/**
 * Null rates per column and week: one cell per column (rows, `object.column` for objects other than decisions) and
 * week (columns), colour from 0 (white) to 100 % null; required columns are marked with an asterisk.
 *
 * @example NullRateHeatmap(view.nulls, {width})
 */
export function NullRateHeatmap(
  rows: readonly NullRow[],
  {width, legend = true, document}: NullRateHeatmapOptions = {}
) {
  const name = (r: NullRow) => `${r.object === "decisions" ? "" : `${r.object}.`}${r.column}${r.required ? " *" : ""}`;
  const columns = [...new Set(rows.map(name))];
  return Plot.plot({
    document,
    width,
    height: 40 + 18 * columns.length,
    marginLeft: 170,
    marginBottom: 50,
    x: {type: "band", label: null, tickFormat: (d: Date) => d.toISOString().slice(5, 10), tickRotate: -45},
    y: {domain: columns, label: null},
    color: {
      type: "linear",
      domain: [0, 1],
      scheme: schemes.share,
      legend,
      label: "null rate",
      tickFormat: "%"
    },
    marks: [
      Plot.cell(rows, {
        x: "window_start",
        y: name,
        fill: "null_rate",
        inset: 0.5,
        tip: true,
        channels: {nulls: "nulls", rows: "rows"}
      })
    ]
  });
}
