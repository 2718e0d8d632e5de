import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {Evidence} from "../lib/shadow/promotionRecommendation.js";

export interface DeltaChartOptions {
  width?: number;
  document?: Document;
}

/**
 * Challenger − champion differences with 95 % intervals (Evidence rows): one small chart per metric (each on its
 * own scale, since AUC, rates and money differ by orders of magnitude), one row per scope — a dot for the
 * difference, a bar for the interval, the zero line for "no difference". Red when the interval lies wholly on
 * the metric's worse side, green when wholly on the better side, grey otherwise. Returns a `<div>` of charts.
 *
 * @example DeltaChart(report.groups.filter((e) => e.scope.startsWith("age_band=")), {width})
 */
export function DeltaChart(
  evidence: readonly Evidence[],
  {width, document = globalThis.document}: DeltaChartOptions = {}
) {
  const data = evidence
    .filter((e) => e.delta.delta !== null && e.delta.low !== null && e.delta.high !== null)
    .map((e) => {
      const {delta, low, high} = e.delta as {delta: number; low: number; high: number};
      const worse = e.worse === "higher" ? low > 0 : high < 0;
      const better = e.worse === "higher" ? high < 0 : low > 0;
      return {
        metric: e.metric,
        scope: e.scope,
        delta,
        low,
        high,
        verdict: worse ? "worse" : better ? "better" : "unclear"
      };
    });
  const div = document.createElement("div");
  [...new Set(data.map((d) => d.metric))].forEach((metric, i) => {
    const rows = data.filter((d) => d.metric === metric);
    div.append(
      Plot.plot({
        document,
        width,
        height: 50 + 24 * rows.length,
        marginLeft: 130,
        y: {label: null, domain: rows.map((d) => d.scope)},
        x: {label: `${metric}: challenger − champion`, grid: true, nice: true},
        color: {
          domain: ["worse", "unclear", "better"],
          range: [palette.alarm, palette.muted, palette.better],
          legend: i === 0
        },
        marks: [
          Plot.ruleX([0]),
          Plot.ruleY(rows, {y: "scope", x1: "low", x2: "high", stroke: "verdict", strokeWidth: 3}),
          Plot.dot(rows, {y: "scope", x: "delta", fill: "verdict", r: 4, tip: true})
        ]
      })
    );
  });
  return div;
}
