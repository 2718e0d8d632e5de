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
  // quadrant names in the corners, anchored inwards so they never run off the chart
  const quadrants = [
    {x: 0.995, y: 5.35, text: "automate now", anchor: "end"},
    {x: 0.005, y: 5.35, text: "fix the data first", anchor: "start"},
    {x: 0.995, y: 0.65, text: "quick win", anchor: "end"},
    {x: 0.005, y: 0.65, text: "defer", anchor: "start"}
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
      Plot.text(
        quadrants.filter((q) => q.anchor === "end"),
        {x: "x", y: "y", text: "text", textAnchor: "end", fill: palette.muted}
      ),
      Plot.text(
        quadrants.filter((q) => q.anchor === "start"),
        {x: "x", y: "y", text: "text", textAnchor: "start", fill: palette.muted}
      ),
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
      // workflow names beside their dots, pointing inwards so none runs off the chart
      Plot.text(
        data.filter((d) => Number(d.readiness) >= 0.5),
        {x: "readiness", y: "impact", text: "name", dx: -22, textAnchor: "end", lineWidth: 14}
      ),
      Plot.text(
        data.filter((d) => Number(d.readiness) < 0.5),
        {x: "readiness", y: "impact", text: "name", dx: 22, textAnchor: "start", lineWidth: 14}
      )
    ]
  });
}
