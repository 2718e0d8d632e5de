import * as Plot from "@observablehq/plot";

/**
 * The weekly decision mix as stacked bars by final decision, one row of bars per system. Rows:
 * {system, week, final_decision, decisions}.
 *
 * @example DecisionMixChart(mix, {width})
 */
export function DecisionMixChart(
  data: Iterable<Record<string, unknown>>,
  {width, height = 360, offset}: {width?: number; height?: number; offset?: "normalize"} = {}
) {
  return Plot.plot({
    width,
    height,
    marginRight: 90,
    x: {type: "utc", label: null},
    y: {
      grid: true,
      label: offset === "normalize" ? "Share of decisions" : "Decisions per week",
      percent: offset === "normalize"
    },
    fy: {label: null},
    color: {legend: true},
    marks: [
      Plot.rectY(
        data,
        Plot.stackY({
          x1: "week",
          x2: (d: Record<string, unknown>) => new Date(+(d.week as Date) + 7 * 864e5),
          y: "decisions",
          fill: "final_decision",
          fy: "system",
          offset,
          tip: true,
          inset: 0.5
        })
      ),
      Plot.ruleY([0])
    ]
  });
}
