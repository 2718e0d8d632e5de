import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/**
 * Marks for a fixed context level on a control chart (e.g. the drift threshold of a drift score): a dashed purple
 * horizontal rule labelled "threshold <value>" at the right; null (no mark) without a threshold. It is not a
 * control limit and no rule tests it.
 *
 * @example thresholdRule(0.1) // => [ruleY at 0.1, its label]
 */
export function thresholdRule(threshold: number | undefined): Plot.Markish[] | null {
  if (threshold === undefined) return null;
  return [
    Plot.ruleY([threshold], {stroke: palette.threshold, strokeDasharray: "6,3"}),
    Plot.text([threshold], {
      y: (d) => d,
      frameAnchor: "right",
      dy: -6,
      textAnchor: "end",
      fill: palette.threshold,
      text: (d) => `threshold ${d}`
    })
  ];
}
