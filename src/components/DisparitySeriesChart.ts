import * as Plot from "@observablehq/plot";
import type {FairnessReport} from "../lib/fairness/fairnessReport.js";
import type {RateName} from "../lib/fairness/rateFractions.js";
import {ratioTicks} from "../lib/chart/ratioTicks.js";
import {logAxis} from "./logAxis.js";
import {keyedColors, palette} from "./palette.js";

/**
 * A rate's disparity ratio per group over time (one line per group, one point per window), with the band
 * [τ, 1/τ] dashed: does the gap persist, grow, or appear only in some months? Windows are "YYYY-MM" keys.
 * @example DisparitySeriesChart(analysis.series, {rate: "selection_rate", width})
 */
export function DisparitySeriesChart(
  series: readonly {window: string; report: FairnessReport | null}[],
  {rate, width, height = 260, document}: {rate: RateName; width?: number; height?: number; document?: Document}
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
  const ratios = data.map((d) => d.ratio).filter((r) => r > 0);
  const domain = [Math.min(band[0] * 0.9, ...ratios), Math.max(band[1] * 1.1, ...ratios)];
  return Plot.plot({
    document,
    width,
    height,
    marginRight: 60,
    x: {type: "utc", label: null, ticks: "month"},
    y: {type: "log", domain},
    color: {...keyedColors(data.map((d) => d.group)), legend: true},
    marks: [
      ...logAxis("y", ratioTicks(domain[0], domain[1], band), (d) => String(Number(d.toFixed(2))), {
        label: "↑ Disparity ratio (log scale)"
      }),
      Plot.ruleY(band, {stroke: palette.ok, strokeDasharray: "4,3"}),
      Plot.text(band, {
        y: (d: number) => d,
        frameAnchor: "right",
        dx: 56,
        textAnchor: "end",
        fill: palette.ok,
        text: (d: number, i: number) => (i === 0 ? `τ ${d.toFixed(2)}` : `1/τ ${d.toFixed(2)}`)
      }),
      Plot.ruleY([1], {stroke: palette.ink}),
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
