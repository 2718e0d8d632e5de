import * as Plot from "@observablehq/plot";
import type {CusumPoint} from "../lib/spc/cusum.js";
import {controlFrame, SIGNAL_COLORS} from "./controlFrame.js";
import {palette} from "./palette.js";
import {phase2Rule} from "./phase2Rule.js";

export interface CusumChartOptions {
  /** Decision interval h (σ units), drawn at ±h. */
  h: number;
  /** First Phase II bucket, marked with a rule. */
  phase2From?: string;
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * A tabular CUSUM chart from cusum points, in σ units: C⁺ above zero and −C⁻ below, the decision interval
 * at ±h, points beyond it in red, and a rule where Phase II starts.
 *
 * @example CusumChart(analysis.cusum.points, {h: 5, width})
 */
export function CusumChart(points: readonly (CusumPoint & {bucket: string})[], options: CusumChartOptions) {
  const {h, phase2From, width, height = 260, document} = options;
  const data = points.flatMap((d) => {
    const date = new Date(d.bucket);
    return [
      {bucket: d.bucket, date, side: "C+", y: d.cPlus, status: d.cPlus > h ? "signal" : "in control"},
      {bucket: d.bucket, date, side: "C−", y: -d.cMinus, status: d.cMinus > h ? "signal" : "in control"}
    ];
  });
  return controlFrame(
    [
      Plot.ruleY([h, -h], {stroke: palette.alarm, strokeDasharray: "4,3"}),
      Plot.ruleY([0], {stroke: palette.ink}),
      phase2Rule(phase2From),
      Plot.lineY(data, {x: "date", y: "y", z: "side", stroke: palette.ok}),
      Plot.dot(data, {
        x: "date",
        y: "y",
        r: (d) => (d.status === "signal" ? 2.5 : 1.2),
        fill: "status",
        channels: {bucket: "bucket", side: "side"},
        tip: {format: {x: false, fill: false, r: false}}
      })
    ],
    {y: {label: "Cumulative sum (σ)"}, colors: SIGNAL_COLORS, width, height, document}
  );
}
