import * as Plot from "@observablehq/plot";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";
import type {RateName} from "../lib/fairness/rateFractions.js";

/**
 * A rate's disparity ratio per group over time (one line per group, one point per window), with the band
 * [τ, 1/τ] dashed: does the gap persist, grow, or appear only in some months? Windows are "YYYY-MM" keys.
 * @example DisparitySeriesChart(analysis.series, {rate: "selection_rate", width})
 */
export function DisparitySeriesChart(
  series: readonly {window: string; report: FairnessReport | null}[],
  {rate, width, height = 260}: {rate: RateName; width?: number; height?: number}
) {
  const data = series.flatMap(({window, report}) =>
    (report?.groups ?? [])
      .filter((g) => g.disparity[rate] !== null)
      .map((g) => ({
        window: new Date(`${window}-01T00:00:00Z`),
        group: g.group,
        ratio: g.disparity[rate]!,
        value: g[rate],
        n: g.n
      }))
  );
  const band = series.find((s) => s.report)?.report?.band ?? [0.8, 1.25];
  return Plot.plot({
    width,
    height,
    x: {type: "utc", label: null},
    y: {type: "log", label: "Disparity ratio (log)", grid: true},
    color: {legend: true},
    marks: [
      Plot.ruleY(band, {stroke: "#e03a3a", strokeDasharray: "4,3"}),
      Plot.ruleY([1], {stroke: "#888"}),
      Plot.lineY(data, {
        x: "window",
        y: "ratio",
        stroke: "group",
        marker: "circle",
        tip: true,
        channels: {rate: "value", n: "n"}
      })
    ]
  });
}
