import * as Plot from "@observablehq/plot";
import {weeklyMix, type MixRow} from "../lib/overview/weeklyMix.js";
import {decisionScale} from "./palette.js";

/**
 * The weekly decision mix as stacked bars by final decision (each decision its palette colour), one row of bars
 * per system; decision sources are summed first (weeklyMix), so each decision is one segment. With `offset:
 * "normalize"` each week is 100 %. Rows: {system, week, final_decision, decisions}.
 *
 * @example DecisionMixChart(mix, {width, offset: "normalize"})
 */
export function DecisionMixChart(
  data: readonly MixRow[],
  {width, height = 360, offset}: {width?: number; height?: number; offset?: "normalize"} = {}
) {
  const rows = weeklyMix(data);
  return Plot.plot({
    width,
    height,
    marginRight: 90,
    x: {type: "utc", label: null},
    y: {
      grid: true,
      label: offset === "normalize" ? "↑ Share of the week's decisions (%)" : "↑ Decisions per week",
      percent: offset === "normalize"
    },
    fy: {label: null},
    color: {...decisionScale(rows.map((r) => r.final_decision)), legend: true},
    marks: [
      Plot.rectY(
        rows,
        Plot.stackY({
          x1: "week",
          x2: (d: {week: Date}) => new Date(+d.week + 7 * 864e5),
          y: "decisions",
          fill: "final_decision",
          fy: "system",
          offset,
          tip: true,
          insetLeft: 0.5,
          insetRight: 0.5
        })
      ),
      Plot.ruleY([0])
    ]
  });
}
