import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

export interface WhatIfMixChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Decision mix before and after a segment what-if (segmentWhatIf's `before` and `after` counts): one pair of
 * bars per decision, grey before, blue after, with the count on each bar.
 *
 * @example WhatIfMixChart(result.before, result.after, {width})
 */
export function WhatIfMixChart(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
  {width, height = 240, document}: WhatIfMixChartOptions = {}
) {
  const decisions = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const data = decisions.flatMap((decision) => [
    {decision, when: "before", count: before[decision] ?? 0},
    {decision, when: "after", count: after[decision] ?? 0}
  ]);
  return Plot.plot({
    document,
    width,
    height,
    fx: {label: null, domain: decisions},
    x: {axis: null, domain: ["before", "after"]},
    y: {label: "decisions", grid: true},
    color: {domain: ["before", "after"], range: [palette.reference, palette.ok], legend: true},
    marks: [
      Plot.barY(data, {fx: "decision", x: "when", y: "count", fill: "when", tip: true}),
      Plot.text(data, {fx: "decision", x: "when", y: "count", text: "count", dy: -6}),
      Plot.ruleY([0])
    ]
  });
}
