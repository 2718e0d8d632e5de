import * as Plot from "@observablehq/plot";

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
    x: {domain: [0, 1], label: "Score →"},
    y: {grid: true, label: "↑ Decisions"},
    marks: [
      Plot.rectY(
        scores,
        Plot.binX({y: "count"}, {
          x: (d: number) => d,
          thresholds: 50,
          fill: "var(--theme-foreground-faint, #ccc)"
        } as Plot.BinXInputs<Plot.RectYOptions>)
      ),
      threshold === null ? null : Plot.ruleX([threshold], {strokeDasharray: "4 3", stroke: "currentColor"}),
      score === null ? null : Plot.ruleX([score], {stroke: "#d62728", strokeWidth: 2}),
      Plot.ruleY([0])
    ]
  });
}
