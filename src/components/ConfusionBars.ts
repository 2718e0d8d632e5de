import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";

const CELLS = [
  ["tp", "favourable decision, favourable outcome (TP)"],
  ["fp", "favourable decision, adverse outcome (FP)"],
  ["fn", "unfavourable decision, favourable outcome (FN)"],
  ["tn", "unfavourable decision, adverse outcome (TN)"],
  ["unknown", "outcome not known yet"]
] as const;

/**
 * Confusion bars per group: each group's decisions split into TP, FP, FN, TN and "outcome unknown", as shares
 * of the group (stacked horizontal bars normalised to 100 %), with counts in the tip.
 * @example ConfusionBars(report, {width})
 */
export function ConfusionBars(report: FairnessReport, {width, height}: {width?: number; height?: number} = {}) {
  const data = report.groups.flatMap((g) =>
    CELLS.map(([key, cell]) => ({group: g.group, cell, count: key === "unknown" ? g.n - g.n_labelled : g[key]}))
  );
  return Plot.plot({
    // at least the margins plus room for the bars: resize() can report a tiny width before layout
    width: Math.max(width ?? 640, 320),
    height: height ?? Math.max(120, 30 * report.groups.length + 70),
    marginLeft: 150,
    x: {percent: true, label: "Share of the group's decisions (%) →"},
    y: {label: null, domain: report.groups.map((g) => g.group)},
    color: {
      domain: CELLS.map(([, cell]) => cell),
      range: [palette.better, palette.unfavourable, palette.warn, palette.ok, palette.unclear],
      legend: true
    },
    marks: [
      Plot.barX(data, Plot.stackX({x: "count", y: "group", fill: "cell", offset: "normalize", tip: true, order: null}))
    ]
  });
}
