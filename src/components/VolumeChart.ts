import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {VolumeRow} from "../lib/quality/qualityView.js";

const DAY = 86_400_000;

export interface VolumeChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Decisions per day or week with their control band: the expected volume (dashed, day-of-week adjusted for days)
 * inside its 3-sigma limits (shaded band), the observed counts as a line, anomalous windows as red dots (above or
 * below the band) and the baseline the limits were estimated on as one labelled green span (from its first window's
 * start to its last window's end).
 *
 * @example VolumeChart(view.volume, {width})
 */
export function VolumeChart(rows: readonly VolumeRow[], {width, height = 260, document}: VolumeChartOptions = {}) {
  const limited = rows.filter((r) => r.lcl !== null && r.ucl !== null);
  const baseline = rows.filter((r) => r.baseline);
  const step = rows[0]?.grain === "week" ? 7 * DAY : DAY;
  const span = baseline.length
    ? [{x1: baseline[0].window_start, x2: new Date(+baseline[baseline.length - 1].window_start + step)}]
    : [];
  return Plot.plot({
    document,
    width,
    height,
    x: {type: "utc", label: null},
    y: {label: "decisions", grid: true, zero: true},
    color: {domain: ["high", "low"], range: [palette.alarm, palette.warn], legend: true, label: "anomaly"},
    marks: [
      Plot.rect(span, {x1: "x1", x2: "x2", fill: palette.better, fillOpacity: 0.1}),
      Plot.text(span, {
        x: "x1",
        text: () => "baseline",
        frameAnchor: "top",
        textAnchor: "start",
        dx: 4,
        dy: 6,
        fill: palette.muted
      }),
      Plot.areaY(limited, {x: "window_start", y1: "lcl", y2: "ucl", fill: palette.bandFill, curve: "step"}),
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
