import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import {formatMoney} from "../lib/roi/formatMoney.js";
import type {RoiMonth} from "../lib/roi/roiReport.js";

export interface BenefitChartOptions {
  currency: string;
  /** The interval's level (0.95), for the label. */
  level: number;
  width?: number;
  height?: number;
}

/**
 * Benefit of automation per calendar month (net value minus the same volume at the manual baseline's net
 * value per decision) as bars, green for a gain and red for a loss, with its bootstrap interval as a vertical rule; partial months are labelled
 * with their number of days.
 *
 * @example BenefitChart(report.monthly, {currency: "EUR", level: 0.95, width})
 */
export function BenefitChart(months: readonly RoiMonth[], {currency, level, width, height = 260}: BenefitChartOptions) {
  const rows = months.map((m) => ({
    month: `${m.month}${m.days < daysInMonth(m.month) ? ` (${m.days} d)` : ""}`,
    value: m.benefit.value,
    low: m.benefit.low,
    high: m.benefit.high
  }));
  const money = (v: number) => formatMoney(v, currency);
  return Plot.plot({
    width,
    height,
    marginLeft: 70,
    x: {label: null, domain: rows.map((r) => r.month)},
    y: {
      label: `↑ Benefit per month (${currency}; line: ${Math.round(level * 100)}% interval)`,
      tickFormat: money,
      grid: true
    },
    marks: [
      Plot.barY(rows, {
        x: "month",
        y: "value",
        fill: (d: (typeof rows)[number]) => (d.value >= 0 ? palette.better : palette.alarm),
        tip: true,
        title: (d: (typeof rows)[number]) =>
          `${d.month}: ${money(d.value)}\ninterval ${money(d.low)} to ${money(d.high)}`
      }),
      Plot.ruleX(rows, {x: "month", y1: "low", y2: "high", strokeWidth: 2}),
      Plot.ruleY([0])
    ]
  });
}

function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
