import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/**
 * The automation prioritisation matrix: readiness (x, 0–1, drawn as %) against impact (y, 1–5), one labelled dot per
 * workflow sized by decisions per day and coloured by risk, with the quadrant lines (readiness 0.75, impact 3)
 * of scoreReadiness. Rows: {name, readiness, impact, risk, decisionsPerDay}.
 *
 * @example ReadinessMatrix(scores, {width})
 */
export function ReadinessMatrix(data: readonly Record<string, unknown>[], {width}: {width?: number} = {}) {
  const quadrants = [
    {x: 0.875, y: 5.3, text: "automate now"},
    {x: 0.375, y: 5.3, text: "fix the data first"},
    {x: 0.875, y: 0.7, text: "quick win"},
    {x: 0.375, y: 0.7, text: "defer"}
  ];
  return Plot.plot({
    width,
    height: 420,
    // percent: true multiplies the values by 100, so the domain is in percent too (a [0, 1] domain drew every
    // dot off the chart).
    x: {domain: [0, 100], label: "Readiness (share of criteria met, %) →", percent: true, grid: true},
    y: {domain: [0.5, 5.5], label: "↑ Impact", ticks: [1, 2, 3, 4, 5], grid: true},
    r: {range: [4, 18], label: "Decisions per day"},
    color: {
      domain: ["low", "medium", "high"],
      range: [palette.better, palette.warn, palette.alarm],
      legend: true,
      label: "Risk"
    },
    marks: [
      Plot.ruleX([0.75], {strokeDasharray: "4 3"}),
      Plot.ruleY([2.5], {strokeDasharray: "4 3"}),
      Plot.text(quadrants, {x: "x", y: "y", text: "text", fill: palette.muted}),
      Plot.dot(data, {
        x: "readiness",
        y: "impact",
        r: "decisionsPerDay",
        fill: "risk",
        fillOpacity: 0.8,
        stroke: "white",
        tip: true,
        channels: {name: "name"}
      }),
      Plot.text(data, {x: "readiness", y: "impact", text: "name", dy: -16, lineWidth: 14})
    ]
  });
}
