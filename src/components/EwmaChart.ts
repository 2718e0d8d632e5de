import * as Plot from "@observablehq/plot";
import type {EwmaPoint} from "../lib/spc/ewma.js";

export interface EwmaChartOptions {
  /** The EWMA's centre (z₀). */
  center: number;
  /** First Phase II bucket, marked with a rule. */
  phase2From?: string;
  label?: string;
  percent?: boolean;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * An EWMA chart from ewma points: the band between the exact time-varying limits (narrow at the start, see
 * ewma), the centre, the smoothed statistic z and the raw values, with signalling points in red and a rule
 * where Phase II starts.
 *
 * @example EwmaChart(analysis.ewma.points, {center: analysis.individuals.center, percent: true, width})
 */
export function EwmaChart(points: readonly (EwmaPoint & {bucket: string})[], options: EwmaChartOptions) {
  const {center, phase2From, label, percent = false, width, height = 260, document} = options;
  const data = points.map((d) => ({...d, date: new Date(d.bucket), status: d.signal ? "signal" : "in control"}));
  return Plot.plot({
    width,
    height,
    document,
    marginLeft: 50,
    x: {type: "utc", label: null},
    y: {label: label ?? null, percent, grid: true},
    color: {domain: ["in control", "signal"], range: ["#6b7280", "#d62728"], legend: true},
    marks: [
      Plot.areaY(data, {x: "date", y1: "lcl", y2: "ucl", curve: "step", fill: "#e6eef8"}),
      Plot.ruleY([center], {stroke: "#374151"}),
      phase2From ? Plot.ruleX([new Date(phase2From)], {stroke: "#374151", strokeDasharray: "2,2"}) : null,
      Plot.dot(data, {x: "date", y: "value", r: 1.2, fill: "#c7cbd1"}),
      Plot.lineY(data, {x: "date", y: "z", stroke: "#3b5fc0"}),
      Plot.dot(data, {
        x: "date",
        y: "z",
        r: (d) => (d.signal ? 3 : 1.5),
        fill: "status",
        channels: {bucket: "bucket", lcl: "lcl", ucl: "ucl"},
        tip: {format: {x: false, fill: false, r: false}}
      })
    ]
  });
}
