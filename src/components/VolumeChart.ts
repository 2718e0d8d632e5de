import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {VolumeRow} from "../lib/quality/qualityView.js";

export interface VolumeChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Decisions per day or week with their control band: the expected volume (dashed, day-of-week adjusted for days)
 * inside its 3-sigma limits (grey band), the observed counts as a line, anomalous windows as red dots (above or
 * below the band) and the baseline windows the limits were estimated on shaded green.
 *
 * @example VolumeChart(view.volume, {width})
 */
export function VolumeChart(rows: readonly VolumeRow[], {width, height = 260, document}: VolumeChartOptions = {}) {
  const limited = rows.filter((r) => r.lcl !== null && r.ucl !== null);
  const baseline = rows.filter((r) => r.baseline);
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: "decisions", grid: true, zero: true},
    color: {domain: ["high", "low"], range: [palette.alarm, palette.warn], legend: true, label: "anomaly"},
    marks: [
      Plot.ruleX(baseline, {x: "window_start", stroke: palette.better, strokeOpacity: 0.12, title: () => "baseline"}),
      Plot.areaY(limited, {x: "window_start", y1: "lcl", y2: "ucl", fill: palette.windowFill, curve: "step"}),
      Plot.lineY(limited, {
        x: "window_start",
        y: "expected",
        stroke: palette.muted,
        strokeDasharray: "4,3",
        curve: "step"
      }),
      Plot.lineY(rows, {x: "window_start", y: "decisions", stroke: palette.ok}),
      Plot.dot(
        rows.filter((r) => r.anomaly !== null),
        {x: "window_start", y: "decisions", fill: "anomaly", r: 3.5, tip: true, channels: {expected: "expected"}}
      ),
      Plot.ruleY([0])
    ]
  });
}
