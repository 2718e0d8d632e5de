import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import {formatMoney} from "../lib/roi/formatMoney.js";
import type {RoiWeek} from "../lib/roi/roiReport.js";

export interface TrendChartOptions {
  /** The weekly metric to plot, e.g. "costPerDecision", "reviewerHoursPerDay", "lossRate". */
  y: keyof RoiWeek;
  label: string;
  /** The go-live day (YYYY-MM-DD), drawn as a vertical rule. */
  goLive: string;
  percent?: boolean;
  /** Format y values as money in this currency. */
  currency?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * A weekly ROI metric over time, manual baseline and automated weeks in two colours (a week split by go-live
 * has a point in each), with a rule at go-live. Weeks where the metric is undefined (e.g. no outcome yet) are
 * gaps.
 *
 * @example TrendChart(report.weekly, {y: "costPerDecision", label: "Cost per decision", goLive: report.goLive, width})
 */
export function TrendChart(weeks: readonly RoiWeek[], options: TrendChartOptions) {
  const {y, label, goLive, percent = false, currency, width, height = 220, document} = options;
  const rows = weeks.map((w) => ({
    week: new Date(`${w.week}T00:00:00Z`),
    period: w.period,
    value: w[y] as number | null
  }));
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {
      label,
      grid: true,
      zero: true,
      // the axis ends on a labelled tick at or above the highest week, not below it
      nice: true,
      percent,
      tickFormat: currency ? (v: number) => formatMoney(v, currency) : undefined
    },
    color: {domain: ["baseline", "automated"], range: [palette.reference, palette.ok], legend: true},
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX([new Date(`${goLive}T00:00:00Z`)], {stroke: palette.muted, strokeDasharray: "4,3"}),
      Plot.text([new Date(`${goLive}T00:00:00Z`)], {
        x: (d: Date) => d,
        frameAnchor: "top",
        text: () => "go-live",
        dx: 4,
        textAnchor: "start"
      }),
      Plot.lineY(rows, {x: "week", y: "value", stroke: "period", curve: "linear"}),
      Plot.dot(rows, {x: "week", y: "value", fill: "period", r: 2.5, tip: true})
    ]
  });
}
