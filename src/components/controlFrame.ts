import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/** Colours of points that either signal or not (EWMA, CUSUM). */
export const SIGNAL_COLORS: Readonly<Record<string, string>> = {"in control": palette.muted, signal: palette.alarm};

export interface ControlFrameOptions {
  /** y-axis label (null: none), whether y is a proportion shown in percent, and a fixed domain. */
  y: {label: string | null; percent?: boolean; domain?: [number, number]};
  /** Point status → colour, drawn as the legend (e.g. RULE_COLORS, SIGNAL_COLORS). */
  colors: Readonly<Record<string, string>>;
  width?: number;
  height: number;
  /** Render into this document (server-side rendering in tests); default the global document. */
  document?: Document;
}

/**
 * The frame the control charts (ControlChart, EwmaChart, CusumChart) share around their marks: buckets on a UTC
 * time axis without a label, a gridded y axis, a colour legend of the point statuses, and a 50 px left margin.
 *
 * @example controlFrame([Plot.dot(data, {x: "date", y: "z", fill: "status"})], {y: {label: "z"}, colors: SIGNAL_COLORS, height: 260})
 */
export function controlFrame(marks: Plot.Markish[], {y, colors, width, height, document}: ControlFrameOptions) {
  return Plot.plot({
    width,
    height,
    document,
    marginLeft: 50,
    x: {type: "utc", label: null},
    y: {...y, label: y.label === null ? null : `↑ ${y.label}${y.percent ? " (%)" : ""}`, grid: true},
    color: {domain: Object.keys(colors), range: Object.values(colors), legend: true},
    marks
  });
}
