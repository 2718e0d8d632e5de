import * as Plot from "@observablehq/plot";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";
import type {RateName} from "../lib/fairness/rateFractions.js";

/**
 * Aequitas-style disparity chart for one rate: each group's disparity ratio against the reference group on a
 * log axis, the accepted band [τ, 1/τ] shaded, a bootstrap interval whisker when the report has one, red dots
 * for groups outside the band, hollow dots for small groups. Suppressed groups and undefined ratios are left out.
 * @example DisparityChart(report, {rate: "selection_rate", width})
 */
export function DisparityChart(
  report: FairnessReport,
  {rate, width, height}: {rate: RateName; width?: number; height?: number}
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
  return Plot.plot({
    width,
    height: height ?? Math.max(120, 34 * data.length + 60),
    marginLeft: 150,
    x: {
      type: "log",
      domain,
      label: `Disparity vs ${report.reference_by_rate[rate] ?? "reference"} (ratio, log scale)`,
      grid: true
    },
    y: {label: null, domain: data.map((d) => d.group)},
    color: {domain: ["inside the band", "outside the band"], range: ["#4269d0", "#e03a3a"], legend: true},
    marks: [
      Plot.rectX([0], {x1: low, x2: high, fill: "#4269d0", fillOpacity: 0.08}),
      Plot.ruleX([low, high], {stroke: "#4269d0", strokeDasharray: "4,3"}),
      Plot.ruleX([1], {stroke: "#888"}),
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
      })
    ]
  });
}
