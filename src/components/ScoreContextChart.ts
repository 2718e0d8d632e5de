import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";

/**
 * One decision's score in context: the histogram of the scores of the same system's model decisions (`scores`),
 * the decision's threshold (dashed rule) and its score (red rule). For the Decision audit page.
 *
 * @example ScoreContextChart(scores, {score: 0.31, threshold: 0.25, width})
 */
export function ScoreContextChart(
  scores: readonly number[],
  {score, threshold, width}: {score: number | null; threshold: number | null; width?: number}
) {
  return Plot.plot({
    width,
    height: 180,
    marginLeft: 56,
    x: {domain: [0, 1], label: "Model score →"},
    y: {grid: true, nice: true, label: "↑ Decisions per score bin"},
    marks: [
      Plot.rectY(
        scores,
        Plot.binX({y: "count"}, {
          x: (d: number) => d,
          thresholds: 50,
          fill: palette.context
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      threshold === null ? null : Plot.ruleX([threshold], {strokeDasharray: "4 3", stroke: palette.ink}),
      score === null ? null : Plot.ruleX([score], {stroke: palette.alarm, strokeWidth: 2}),
      Plot.ruleY([0])
    ]
  });
}
