import * as Plot from "@observablehq/plot";
import type {EwmaPoint} from "../lib/spc/ewma.js";
import {controlFrame, SIGNAL_COLORS} from "./controlFrame.js";
import {palette} from "./palette.js";
import {phase2Rule} from "./phase2Rule.js";
import {thresholdRule} from "./thresholdRule.js";

export interface EwmaChartOptions {
  /** The EWMA's centre (z₀). */
  center: number;
  /** First Phase II bucket, marked with a rule. */
  phase2From?: string;
  label?: string;
  percent?: boolean;
  /** A fixed context level drawn as a labelled dashed line (e.g. a drift threshold); not a control limit. */
  threshold?: number;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * An EWMA chart from ewma points: the band between the exact time-varying limits (narrow at the start, see
 * ewma), the centre, the smoothed statistic z and the raw values, with signalling points in red and a rule
 * where Phase II starts, and the `threshold`, if any.
 *
 * @example EwmaChart(analysis.ewma.points, {center: analysis.individuals.center, percent: true, width})
 */
export function EwmaChart(points: readonly (EwmaPoint & {bucket: string})[], options: EwmaChartOptions) {
  const {center, phase2From, label, percent = false, threshold, width, height = 260, document} = options;
  const data = points.map((d) => ({...d, date: new Date(d.bucket), status: d.signal ? "signal" : "in control"}));
  return controlFrame(
    [
      Plot.areaY(data, {x: "date", y1: "lcl", y2: "ucl", curve: "step", fill: palette.bandFill}),
      Plot.ruleY([center], {stroke: palette.ink}),
      phase2Rule(phase2From),
      thresholdRule(threshold),
      Plot.dot(data, {x: "date", y: "value", r: 1.2, fill: palette.context}),
      Plot.lineY(data, {x: "date", y: "z", stroke: palette.ok}),
      Plot.dot(data, {
        x: "date",
        y: "z",
        r: (d) => (d.signal ? 3 : 1.5),
        fill: "status",
        channels: {bucket: "bucket", lcl: "lcl", ucl: "ucl"},
        tip: {format: {x: false, fill: false, r: false}}
      })
    ],
    {y: {label: label ?? null, percent}, colors: SIGNAL_COLORS, width, height, document}
  );
}
