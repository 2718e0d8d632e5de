import * as Plot from "@observablehq/plot";
import type {ComparisonPoint} from "../lib/fairness/modelComparison.js";
import {keyedColors} from "./palette.js";

export interface ModelComparisonChartOptions {
  /** Axis labels, e.g. "accuracy" and "equalized odds difference". */
  performanceLabel?: string;
  disparityLabel?: string;
  /** The models' colours as a Plot scale ({domain, range}); default one colour per model (keyedColors). */
  color?: {domain: string[]; range: string[]};
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * Fairlearn's model comparison plot: each model version on the same slice as a dot (x = disparity, 0 = parity;
 * y = performance), at its best single threshold (filled circle) and with per-group thresholds (open square), an arrow from one to the
 * other, the model and "accuracy / disparity" printed beside each point (coinciding points share one label), the
 * per-group thresholds in the tooltip. One colour per model. Marks carry aria-description "model" and
 * "variant".
 *
 * @example ModelComparisonChart(modelComparison([champion, challenger], labels, groups), {width})
 */
export function ModelComparisonChart(
  points: readonly ComparisonPoint[],
  {
    performanceLabel = "accuracy",
    disparityLabel = "equalized odds difference",
    width,
    height = 300,
    color,
    document
  }: ModelComparisonChartOptions = {}
) {
  const shown = points.filter((p) => p.performance !== null && p.disparity !== null);
  const deployed = shown.filter((p) => p.variant === "single threshold");
  const variants = shown.filter((p) => p.variant !== "single threshold");
  const pairs = deployed.flatMap((d) => {
    const v = variants.find((x) => x.model === d.model);
    return v ? [{model: d.model, x1: d.disparity, y1: d.performance, x2: v.disparity, y2: v.performance}] : [];
  });
  // one label per position: coinciding points (e.g. two variants both at parity and accuracy 1) share it
  const labels = new Map<string, {disparity: number; performance: number; text: string[]}>();
  for (const p of shown) {
    const key = `${p.disparity!.toFixed(4)} ${p.performance!.toFixed(4)}`;
    const entry = labels.get(key) ?? {disparity: p.disparity!, performance: p.performance!, text: []};
    entry.text.push(`${p.model}${p.variant === "single threshold" ? "" : " per-group"}`);
    labels.set(key, entry);
  }
  return Plot.plot({
    document,
    width,
    height,
    marginRight: 150,
    inset: 16,
    x: {label: `${disparityLabel} → (0 = parity)`, grid: true, zero: true},
    y: {label: `↑ ${performanceLabel}`, grid: true},
    color: {...(color ?? keyedColors(shown.map((p) => p.model))), legend: true},
    marks: [
      Plot.arrow(pairs, {x1: "x1", y1: "y1", x2: "x2", y2: "y2", stroke: "model", strokeOpacity: 0.5, inset: 8}),
      Plot.dot(deployed, {x: "disparity", y: "performance", fill: "model", r: 6, ariaDescription: "model"}),
      Plot.dot(variants, {
        x: "disparity",
        y: "performance",
        stroke: "model",
        symbol: "square",
        r: 6,
        strokeWidth: 2,
        ariaDescription: "variant"
      }),
      Plot.text([...labels.values()], {
        x: "disparity",
        y: "performance",
        text: (d: {disparity: number; performance: number; text: string[]}) =>
          `${d.text.join(", ")}\n${d.performance.toFixed(3)} / ${d.disparity.toFixed(3)}`,
        fontSize: 10,
        textAnchor: "start",
        dx: 10,
        fill: "currentColor"
      }),
      Plot.tip(
        shown,
        Plot.pointer({
          x: "disparity",
          y: "performance",
          title: (p: ComparisonPoint) =>
            `${p.model} (${p.variant})\n${performanceLabel} ${p.performance!.toFixed(3)}\n${disparityLabel} ${p.disparity!.toFixed(3)}${p.variant === "per-group thresholds" ? `\nthresholds ${p.groups.map((g, i) => `${g} ${p.thresholds![i]?.toFixed(3) ?? "–"}`).join(", ")}` : ""}`
        })
      )
    ]
  });
}
