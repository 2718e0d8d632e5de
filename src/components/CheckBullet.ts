import * as Plot from "@observablehq/plot";
import type {CheckRow} from "../lib/alerts/checkView.js";
import {palette} from "./palette.js";

/**
 * One alert check as a small bullet chart on its own linear scale: the failing side of the threshold shaded,
 * the threshold as a dark tick, the value as a dot (red when the check failed). Every check gets one, whatever its
 * unit or sign: a shared log scale of value ÷ threshold left out checks with a zero threshold and negative values.
 * Nothing is drawn for a check with no value.
 *
 * @example CheckBullet(checkView(report.checks, rules)[0])
 */
export function CheckBullet(row: CheckRow, {width = 220, height = 30}: {width?: number; height?: number} = {}) {
  if (row.value === null || row.threshold === null) return null;
  const lo = Math.min(0, row.value, row.threshold);
  const hi = Math.max(row.value, row.threshold, lo + 1e-9);
  const pad = (hi - lo) * 0.08 || 1;
  const domain = [lo - (lo < 0 ? pad : 0), hi + pad];
  const failing = row.fails === "above" ? [row.threshold, domain[1]] : [domain[0], row.threshold];
  return Plot.plot({
    width,
    height,
    margin: 6,
    x: {domain, axis: null},
    y: {axis: null},
    marks: [
      Plot.rectX([0], {x1: failing[0], x2: failing[1], fill: palette.alarm, fillOpacity: 0.12}),
      Plot.ruleX([0], {stroke: palette.context}),
      Plot.tickX([row.threshold], {stroke: palette.ink, strokeWidth: 2}),
      Plot.dot([row.value], {x: (d: number) => d, r: 5, fill: row.status === "FAIL" ? palette.alarm : palette.ok})
    ]
  });
}
