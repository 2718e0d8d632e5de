import * as Plot from "@observablehq/plot";
import type {DriftCellRow} from "../lib/drift/driftView.js";
import {palette, schemes} from "./palette.js";

/** An input whose value can be set from outside, as Observable Inputs are (`input.value = v` + an input event). */
export interface SettableInput {
  value: unknown;
  dispatchEvent(event: Event): boolean;
}

export interface DriftHeatmapOptions {
  /** Cells of this week get an outline. */
  week?: string;
  /** The cell of this feature in `week` gets a thicker outline. */
  feature?: string;
  /** Clicking a cell sets these inputs to its week and feature (the page's Week and Feature selects). */
  select?: {week: SettableInput; feature: SettableInput};
  /** Draw the PSI colour ramp (needs a canvas: tests in jsdom pass false). Default true. */
  legend?: boolean;
  width?: number;
  /** For rendering outside a browser (tests): a DOM document. */
  document?: Document;
}

/** Sets an Observable input's value as if the reader had picked it. */
function setInput(input: SettableInput, value: unknown): void {
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

/**
 * Feature × week heatmap of drift: each cell coloured by PSI against the reference (0 … 0.5, clamped; PSI is on one
 * scale for every feature), with a dot where the automatically chosen test flags drift, the selected week outlined.
 * With `select`, every cell is a button (`data-drift-cell="<feature>@<week>"`): clicking it opens that feature and
 * week on the page. Rows: drift cells of one system (see driftView).
 *
 * @example DriftHeatmap(view.cells, {week: view.week, select: {week: weekInput, feature: featureInput}, width})
 */
export function DriftHeatmap(
  cells: readonly DriftCellRow[],
  {week, feature, select, legend = true, width, document}: DriftHeatmapOptions = {}
) {
  const features = [...new Set(cells.map((c) => c.name))];
  const clickable: Plot.MarkOptions["render"] = (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement;
    if (select) {
      const rects = g.querySelectorAll("rect");
      index.forEach((i, k) => {
        const cell = cells[i];
        const rect = rects[k];
        rect.setAttribute("data-drift-cell", `${cell.name}@${cell.window_start}`);
        rect.setAttribute("role", "button");
        rect.style.cursor = "pointer";
        rect.addEventListener("click", () => {
          setInput(select.week, cell.window_start);
          setInput(select.feature, cell.name);
        });
      });
    }
    return g;
  };
  return Plot.plot({
    document,
    width,
    height: 40 + 18 * features.length,
    marginLeft: 150,
    marginBottom: 50,
    x: {type: "band", label: null, tickRotate: -45, tickFormat: (d: string) => d.slice(5)},
    y: {label: null, domain: features},
    color: {type: "linear", domain: [0, 0.5], clamp: true, scheme: schemes.drift, label: "PSI", legend},
    marks: [
      Plot.cell(cells, {
        x: "window_start",
        y: "name",
        fill: "psi",
        inset: 0.5,
        tip: true,
        render: clickable,
        title: (d: DriftCellRow) =>
          `${d.name}, week of ${d.window_start}\nPSI ${d.psi.toFixed(3)}\n${d.drifted ? "drift" : "no drift"} (${d.test} ${d.value.toPrecision(3)}, threshold ${d.threshold})${select ? "\nclick to open" : ""}`
      }),
      Plot.dot(
        cells.filter((c) => c.drifted),
        {x: "window_start", y: "name", r: 3, fill: palette.ink, pointerEvents: "none"}
      ),
      ...(week
        ? [
            Plot.cell(
              cells.filter((c) => c.window_start === week),
              {x: "window_start", y: "name", stroke: palette.ok, strokeWidth: 1.5, fill: "none", pointerEvents: "none"}
            ),
            Plot.cell(
              cells.filter((c) => c.window_start === week && c.name === feature),
              {x: "window_start", y: "name", stroke: palette.ink, strokeWidth: 3, fill: "none", pointerEvents: "none"}
            )
          ]
        : [])
    ]
  });
}
