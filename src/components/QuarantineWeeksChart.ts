import * as Plot from "@observablehq/plot";
import type {QuarantineRow} from "../lib/quality/qualityView.js";
import {integerAxis} from "../lib/chart/integerAxis.js";

export interface QuarantineWeeksChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Quarantined rows per week (of the time value as received) stacked by failed check; rows whose time did not parse
 * have no week and are left out (the page's table lists them). A row failing two checks counts under both.
 *
 * @example QuarantineWeeksChart(view.quarantine, {width})
 */
export function QuarantineWeeksChart(
  rows: readonly QuarantineRow[],
  {width, height = 240, document}: QuarantineWeeksChartOptions = {}
) {
  const timed = rows.filter((r) => r.week !== null);
  const perWeek = new Map<number, number>();
  for (const r of timed) perWeek.set(+r.week!, (perWeek.get(+r.week!) ?? 0) + r.rows);
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {
      label: "↑ Failed checks per week",
      grid: true,
      ...integerAxis([...perWeek.values()])
    },
    color: {legend: true, type: "categorical"},
    marks: [
      Plot.rectY(
        timed,
        Plot.stackY({
          x1: "week",
          x2: (d: QuarantineRow) => new Date(+d.week! + 6 * 86_400_000),
          y: "rows",
          fill: "check",
          inset: 0.5,
          tip: true,
          channels: {file: "source_file"}
        })
      ),
      Plot.ruleY([0])
    ]
  });
}
