import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {DriftBinRow} from "../lib/drift/driftView.js";

export interface DistributionOverlayOptions {
  label?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Reference versus current distribution of one feature on the PSI bins (reference deciles, or categories): the
 * reference share as grey bars, the current share as an outlined red bar in the same slot. Rows: the bins of one
 * feature in one week (see driftView).
 *
 * @example DistributionOverlay(view.bins, {label: "income", width})
 */
export function DistributionOverlay(
  bins: readonly DriftBinRow[],
  {label, width, height = 260, document}: DistributionOverlayOptions = {}
) {
  const ordered = [...bins].sort((a, b) => a.bin - b.bin);
  return Plot.plot({
    document,
    width,
    height,
    marginBottom: 70,
    x: {domain: ordered.map((b) => b.label), label, tickRotate: -30},
    y: {label: "% of values", grid: true},
    color: {domain: ["reference", "current"], range: [palette.reference, palette.ok], legend: true},
    marks: [
      Plot.barY(ordered, {
        x: "label",
        y: (d: DriftBinRow) => d.reference_share * 100,
        fill: () => "reference",
        inset: 2
      }),
      Plot.barY(ordered, {
        x: "label",
        y: (d: DriftBinRow) => d.current_share * 100,
        stroke: () => "current",
        fill: "none",
        strokeWidth: 2,
        inset: 6,
        tip: true
      }),
      Plot.ruleY([0])
    ]
  });
}
