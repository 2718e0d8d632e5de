import * as Plot from "@observablehq/plot";
import {keyedColors, palette} from "./palette.js";

/**
 * The effect of one global threshold on every group: a rate (e.g. selection rate) per group as a function of
 * the threshold, with the chosen threshold as a vertical rule. Rows: {group, threshold, value}.
 * @example ThresholdEffectChart(curves, {threshold: 0.2, label: "Selection rate", width})
 */
export function ThresholdEffectChart(
  data: readonly {group: string; threshold: number; value: number | null}[],
  {threshold, label, width, height = 260}: {threshold: number; label: string; width?: number; height?: number}
) {
  return Plot.plot({
    width,
    height,
    x: {label: "Global threshold on the score →", domain: [0, 1]},
    y: {label: `↑ ${label} (%)`, domain: [0, 100], grid: true, percent: true},
    color: {...keyedColors(data.map((d) => d.group)), legend: true},
    marks: [
      Plot.lineY(
        data.filter((d) => d.value !== null),
        {x: "threshold", y: "value", stroke: "group", tip: true}
      ),
      Plot.ruleX([threshold], {stroke: palette.ink, strokeDasharray: "4,3"})
    ]
  });
}
