import * as Plot from "@observablehq/plot";
import type {DriftCellRow} from "../lib/drift/driftView.js";
import {logAxis} from "./logAxis.js";
import {palette} from "./palette.js";

export interface DriftTimelineOptions {
  /** The y axis's name for the chosen test (its registry label, e.g. "Jensen–Shannon distance"); default its id. */
  label?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * One feature's drift over weeks: the value of its automatically chosen test per week (a p-value on a log scale, or a
 * distance), the test's threshold as a dashed rule, drifted weeks in red. Rows: one feature's cells (see driftView);
 * if the chosen test changes across weeks (it depends only on the reference, so it should not) the first is used.
 *
 * @example DriftTimeline(view.scoreSeries, {width})
 */
export function DriftTimeline(
  series: readonly DriftCellRow[],
  {label, width, height = 220, document}: DriftTimelineOptions = {}
) {
  const first = series[0];
  const pvalue = first?.test === "ks" || first?.test === "chisquare";
  const rows = series.map((c) => ({
    week: new Date(`${c.window_start}T00:00:00Z`),
    value: pvalue ? Math.max(c.value, 1e-300) : c.value,
    drifted: c.drifted
  }));
  const yLabel = first ? `↑ ${label ?? first.test}${pvalue ? " (log scale)" : ""}` : undefined;
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: pvalue
      ? {type: "log", domain: [10 ** pvalueDecades(rows.map((r) => r.value))[0], 1]}
      : {label: yLabel ?? null, grid: true, zero: true},
    color: {
      domain: [false, true],
      range: [palette.ok, palette.alarm],
      legend: true,
      tickFormat: (d: boolean) => (d ? "drift" : "no drift")
    },
    marks: [
      ...(pvalue ? logAxis("y", pvalueTicks(rows.map((r) => r.value)), formatPower, {label: yLabel}) : []),
      ...(first ? [Plot.ruleY([first.threshold], {stroke: palette.ink, strokeDasharray: "4,3"})] : []),
      Plot.lineY(rows, {x: "week", y: "value", stroke: palette.context}),
      Plot.dot(rows, {x: "week", y: "value", fill: "drifted", r: 3.5, tip: true})
    ]
  });
}

/** The decades a p-value axis spans: from the one at or below the smallest value up to 10⁰ = 1. */
function pvalueDecades(values: readonly number[]): [number, number] {
  return [Math.min(-1, Math.floor(Math.log10(Math.min(...values)))), 0];
}

/** Powers of ten over the p-values' decades, at most about six of them (every k-th decade). */
function pvalueTicks(values: readonly number[]): number[] {
  const [lo, hi] = pvalueDecades(values);
  const step = Math.ceil((hi - lo) / 6);
  const ticks: number[] = [];
  for (let k = hi; k >= lo; k -= step) ticks.push(10 ** k);
  return ticks.reverse();
}

/** A power of ten as people read it: 0.001 down to 10⁻³, then 1e-6 and so on. */
function formatPower(p: number): string {
  const k = Math.round(Math.log10(p));
  return k >= -3 ? String(Number(p.toFixed(-k))) : `1e${k}`;
}
