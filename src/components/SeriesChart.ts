import * as Plot from "@observablehq/plot";
import {integerAxis} from "../lib/chart/integerAxis.js";
import {keyedColors} from "./palette.js";

export interface SeriesChartOptions {
  /** The column to plot on y, e.g. "review_rate". */
  y: string;
  /** The time column on x; default "day". */
  x?: string;
  /** Axis label for y: what and in which unit ("Decisions per day"); " (%)" is added when `percent`. */
  label?: string;
  /** Format y as a percentage (the values are shares, 0–1). */
  percent?: boolean;
  /** A count: whole-number ticks only (integerTicks), never 0.2, 0.4, … between 0 and 1. */
  integer?: boolean;
  /** One line per value of this column; default "system". */
  z?: string;
  width?: number;
  height?: number;
}

/**
 * A daily (or weekly) series per system as lines, with a tip: decision volume, review rate, fallback
 * rate on the Overview. Rows need the x column as a date (or epoch ms) and a numeric y.
 *
 * @example SeriesChart(daily, {y: "review_rate", label: "Routed to review", percent: true, width})
 */
export function SeriesChart(
  data: Iterable<Record<string, unknown>>,
  {y, x = "day", label = y, percent = false, integer = false, z = "system", width, height = 220}: SeriesChartOptions
) {
  const rows = Array.from(data);
  return Plot.plot({
    width,
    height,
    x: {type: "utc", label: null},
    y: {
      grid: true,
      label: `↑ ${label}${percent ? " (%)" : ""}`,
      percent,
      zero: true,
      ...(integer ? integerAxis(rows.map((d) => Number(d[y]) || 0)) : {})
    },
    color: {...keyedColors(rows.map((d) => String(d[z]))), legend: true},
    marks: [Plot.ruleY([0]), Plot.lineY(rows, {x, y, stroke: z, tip: true}), Plot.crosshairX(rows, {x, y, color: z})]
  });
}
