import * as Plot from "@observablehq/plot";
import type {DriftCellRow} from "../lib/drift/driftView.js";

export interface DriftHeatmapOptions {
  /** Cells of this week get an outline. */
  week?: string;
  /** Draw the PSI colour ramp (needs a canvas: tests in jsdom pass false). Default true. */
  legend?: boolean;
  width?: number;
  /** For rendering outside a browser (tests): a DOM document. */
  document?: Document;
}

/**
 * Feature × week heatmap of drift: each cell coloured by PSI against the reference (0 … 0.5, clamped; PSI is on one
 * scale for every feature), with a dot where the automatically chosen test flags drift. Rows: drift cells of one
 * system (see driftView).
 *
 * @example DriftHeatmap(view.cells, {week: view.week, width})
 */
export function DriftHeatmap(
  cells: readonly DriftCellRow[],
  {week, legend = true, width, document}: DriftHeatmapOptions = {}
) {
  const features = [...new Set(cells.map((c) => c.name))];
  return Plot.plot({
    document,
    width,
    height: 40 + 18 * features.length,
    marginLeft: 150,
    marginBottom: 50,
    x: {type: "band", label: null, tickRotate: -45, tickFormat: (d: string) => d.slice(5)},
    y: {label: null, domain: features},
    color: {type: "linear", domain: [0, 0.5], clamp: true, scheme: "YlOrRd", label: "PSI", legend},
    marks: [
      Plot.cell(cells, {
        x: "window_start",
        y: "name",
        fill: "psi",
        inset: 0.5,
        tip: true,
        title: (d: DriftCellRow) =>
          `${d.name} ${d.window_start}\nPSI ${d.psi.toFixed(3)}\n${d.test} ${d.value.toPrecision(3)} (threshold ${d.threshold}) ${d.drifted ? "DRIFT" : "no drift"}`
      }),
      Plot.dot(
        cells.filter((c) => c.drifted),
        {x: "window_start", y: "name", r: 3, fill: "#111"}
      ),
      ...(week
        ? [
            Plot.cell(
              cells.filter((c) => c.window_start === week),
              {x: "window_start", y: "name", stroke: "#1f4e9c", strokeWidth: 1.5, fill: "none"}
            )
          ]
        : [])
    ]
  });
}
