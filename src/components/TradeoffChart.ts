import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {EqualizeResult} from "../lib/fairness/equalizeThresholds.js";

/**
 * The equalisation trade-off: overall accuracy when every group's threshold is set so that the chosen rate
 * equals the target (x), the achieved gap as point size (smaller = closer to equal), the best single shared
 * threshold's accuracy as a dashed line, and the chosen point (most accurate within tolerance) ringed.
 * @example TradeoffChart(equalizeThresholds(histograms, "tpr", "lower"), {label: "TPR target", width})
 */
export function TradeoffChart(
  result: EqualizeResult,
  {label, width, height = 260}: {label: string; width?: number; height?: number}
) {
  const data = result.curve.filter((p) => p.accuracy !== null);
  return Plot.plot({
    width,
    height,
    x: {label: `${label} (%)`, domain: [0, 100], percent: true},
    y: {label: "Accuracy (%)", grid: true, percent: true},
    r: {range: [2, 7]},
    marks: [
      Plot.ruleY(result.global.accuracy === null ? [] : [result.global.accuracy], {
        stroke: palette.muted,
        strokeDasharray: "4,3"
      }),
      Plot.line(data, {x: "target", y: "accuracy", stroke: palette.ok}),
      Plot.dot(data, {x: "target", y: "accuracy", r: "gap", fill: palette.ok, tip: true}),
      Plot.dot(result.best ? [result.best] : [], {
        x: "target",
        y: "accuracy",
        r: 10,
        stroke: palette.alarm,
        strokeWidth: 2
      })
    ]
  });
}
