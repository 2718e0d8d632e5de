import * as Plot from "@observablehq/plot";
import type {GridCell} from "../lib/fairness/fairnessGrid.js";
import {palette} from "./palette.js";

export interface FairnessGridChartOptions {
  /** Metric labels for the columns, e.g. {fnr: "false negative rate"}; default the metric ids. */
  labels?: Record<string, string>;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Aequitas's fairness summary grid: protected attributes × metrics, each cell blue (every group inside the band)
 * or red (a group outside), light fills of the palette's ok and alarm, with the worst group and its disparity ratio printed in the cell (ratio "–" when no
 * other group has one). Cells carry aria-label "pass" or "fail".
 *
 * @example FairnessGridChart(fairnessGrid(reports, ["selection_rate", "fnr"]), {width})
 */
export function FairnessGridChart(
  cells: readonly GridCell[],
  {labels = {}, width, height, document}: FairnessGridChartOptions = {}
) {
  const attributes = [...new Set(cells.map((c) => c.attribute))];
  const metrics = [...new Set(cells.map((c) => c.metric))];
  const text = (c: GridCell) =>
    `${c.passed ? "pass" : "FAIL"}\n${c.worst_group ?? "–"} ${c.worst_ratio === null ? "–" : c.worst_ratio.toFixed(2)}\nvs ${c.reference_group ?? "–"}`;
  return Plot.plot({
    document,
    width,
    height: height ?? 50 + 64 * attributes.length,
    marginLeft: 100,
    marginTop: 30,
    x: {axis: "top", label: null, domain: metrics, tickFormat: (m: string) => labels[m] ?? m},
    y: {label: null, domain: attributes},
    marks: [
      Plot.cell(cells, {
        x: "metric",
        y: "attribute",
        fill: (c: GridCell) => (c.passed ? palette.ok : palette.alarm),
        fillOpacity: 0.2,
        inset: 1,
        ariaLabel: (c: GridCell) => (c.passed ? "pass" : "fail")
      }),
      Plot.text(cells, {x: "metric", y: "attribute", text, fontSize: 11, lineHeight: 1.2})
    ]
  });
}
