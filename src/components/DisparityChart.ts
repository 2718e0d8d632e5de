import * as Plot from "@observablehq/plot";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";
import type {RateName} from "../lib/fairness/rateFractions.js";
import {ratioTicks} from "../lib/chart/ratioTicks.js";
import {logAxis} from "./logAxis.js";
import {palette} from "./palette.js";

/**
 * Aequitas-style disparity chart for one rate: each group's disparity ratio against the reference group on a
 * log axis with labelled ticks (1, round ratios and the band's edges), the accepted band [τ, 1/τ] shaded and its
 * edges labelled, a bootstrap interval whisker when the report has one, red dots for groups outside the band,
 * hollow dots for small groups, and each ratio printed above its dot (two decimals, as Aequitas's disparity
 * charts). Suppressed groups and undefined ratios are left out.
 * @example DisparityChart(report, {rate: "selection_rate", width})
 */
export function DisparityChart(
  report: FairnessReport,
  {rate, width, height, document}: {rate: RateName; width?: number; height?: number; document?: Document}
) {
  const [low, high] = report.band;
  const data = report.groups
    .filter((g) => g.disparity[rate] !== null)
    .map((g) => ({
      group: g.group,
      ratio: g.disparity[rate]!,
      low: g.disparity_intervals?.[rate]?.[0],
      high: g.disparity_intervals?.[rate]?.[1],
      status: g.within_band[rate] ? "inside the band" : "outside the band",
      small: g.small,
      n: g.n
    }));
  const values = data.flatMap((d) => [d.ratio, d.low ?? d.ratio, d.high ?? d.ratio]).filter((v) => v > 0);
  const domain = [Math.min(low * 0.8, ...values), Math.max(high * 1.25, ...values)];
  const edges = [
    {x: low, text: `τ = ${low.toFixed(2)}`},
    {x: high, text: `1/τ = ${high.toFixed(2)}`}
  ];
  return Plot.plot({
    document,
    // at least the margins plus room for the dots: resize() can report a tiny width while the page relays out
    width: Math.max(width ?? 640, 360),
    height: height ?? Math.max(140, 34 * data.length + 80),
    marginLeft: 150,
    marginTop: 30,
    marginRight: 30,
    x: {type: "log", domain},
    y: {label: null, domain: data.map((d) => d.group)},
    color: {domain: ["inside the band", "outside the band"], range: [palette.ok, palette.alarm], legend: true},
    marks: [
      ...logAxis("x", ratioTicks(domain[0], domain[1], [low, high]), (d) => String(Number(d.toFixed(2))), {
        label: `Disparity vs ${report.reference_by_rate[rate] ?? "reference"} (ratio, log scale) →`
      }),
      Plot.rectX([0], {x1: low, x2: high, fill: palette.bandFill}),
      Plot.ruleX([low, high], {stroke: palette.ok, strokeDasharray: "4,3"}),
      Plot.text(edges, {x: "x", text: "text", frameAnchor: "top", dy: -12, fill: palette.ok}),
      Plot.ruleX([1], {stroke: palette.ink}),
      Plot.ruleY(
        data.filter((d) => d.low !== undefined),
        {y: "group", x1: "low", x2: "high", stroke: "status", strokeWidth: 2}
      ),
      Plot.dot(data, {
        x: "ratio",
        y: "group",
        r: 6,
        fill: (d) => (d.small ? "white" : d.status),
        stroke: "status",
        strokeWidth: 2,
        tip: true,
        channels: {n: "n", "small group": "small"}
      }),
      Plot.text(data, {
        x: "ratio",
        y: "group",
        text: (d: {ratio: number}) => d.ratio.toFixed(2),
        dy: -13,
        fontSize: 11,
        fill: "currentColor",
        ariaDescription: "value"
      })
    ]
  });
}
