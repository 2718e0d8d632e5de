import * as Plot from "@observablehq/plot";
import type {ColumnTestRow} from "../lib/drift/columnTestTable.js";
import {formatStatistic} from "../lib/format/formatStatistic.js";
import {palette} from "./palette.js";

export interface ColumnDriftChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * The drift table as bars: one bar per column (in the table's order, drifting first) of its PSI against the
 * reference, red when the column's test fails, blue otherwise (the palette's alarm and ok), with the PSI printed at the bar's
 * end (four significant digits). Bars carry
 * aria-label "drift" or "ok".
 *
 * @example ColumnDriftChart(columnTestTable(cells, tests), {width})
 */
export function ColumnDriftChart(
  rows: readonly ColumnTestRow[],
  {width, height, document}: ColumnDriftChartOptions = {}
) {
  return Plot.plot({
    document,
    width,
    height: height ?? 40 + 20 * rows.length,
    marginLeft: 150,
    marginRight: 50,
    x: {label: "PSI against the reference →", grid: true},
    y: {label: null, domain: rows.map((r) => r.column)},
    marks: [
      Plot.barX(rows, {
        x: "psi",
        y: "column",
        fill: (r: ColumnTestRow) => (r.drifted ? palette.alarm : palette.ok),
        ariaLabel: (r: ColumnTestRow) => (r.drifted ? "drift" : "ok")
      }),
      Plot.text(rows, {
        x: "psi",
        y: "column",
        text: (r: ColumnTestRow) => formatStatistic(r.psi),
        textAnchor: "start",
        dx: 4
      }),
      Plot.ruleX([0])
    ]
  });
}
