import * as Plot from "@observablehq/plot";
import {schemes} from "./palette.js";
import type {FlipCell} from "../lib/shadow/flipMatrix.js";

export interface FlipMatrixChartOptions {
  /** Axis labels: whose decision is on which axis. */
  from?: string;
  to?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * A flip matrix (flipMatrix cells): champion decision down, challenger decision across, one panel per group;
 * cells coloured by the share of the group's rows and labelled with their count. Diagonal cells are agreement.
 *
 * @example FlipMatrixChart(report.flips_by_confidence, {from: "credit-lr", to: "credit-gbdt", width})
 */
export function FlipMatrixChart(
  cells: readonly FlipCell[],
  {from = "champion", to = "challenger", width, height, document}: FlipMatrixChartOptions = {}
) {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.group, (totals.get(c.group) ?? 0) + c.count);
  const data = cells.map((c) => ({...c, share: c.count / (totals.get(c.group) ?? 1)}));
  const groups = [...totals.keys()];
  return Plot.plot({
    document,
    width,
    height: height ?? 90 + 40 * new Set(cells.map((c) => c.from)).size,
    marginLeft: 110,
    fx: {label: null, domain: groups},
    x: {label: `${to} →`},
    y: {label: `${from} ↓`},
    color: {type: "linear", scheme: schemes.share, domain: [0, 1], label: "share of group", legend: true},
    marks: [
      Plot.cell(data, {fx: "group", x: "to", y: "from", fill: "share", inset: 1, tip: true}),
      Plot.text(data, {
        fx: "group",
        x: "to",
        y: "from",
        text: (d: FlipCell) => d.count.toLocaleString("en-US"),
        fill: (d: {share: number}) => (d.share > 0.5 ? "white" : "black")
      })
    ]
  });
}
