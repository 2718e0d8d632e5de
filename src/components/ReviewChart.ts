import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {ReviewReport} from "../lib/fairness/reviewByGroup.js";

const MEASURES = [
  {value: "review_rate", ci: "review_interval", n: "n", label: "Routed to review (% of the group's decisions) →"},
  {value: "override_rate", ci: "override_interval", n: "reviewed", label: "Overridden (% of the group's reviews) →"}
] as const;

/**
 * Human review by group: the share of decisions routed to review and the share of reviews that overrode the
 * model, side by side, each with its Wilson interval and on its own scale (the two shares have different
 * denominators and ranges; one shared axis left half of each panel empty).
 * @example ReviewChart(analysis.review, {width})
 */
export function ReviewChart(
  review: readonly ReviewReport[],
  {width, height, document = globalThis.document}: {width?: number; height?: number; document?: Document} = {}
): HTMLElement {
  const panelWidth = Math.max(((width ?? 640) - 16) / 2, 300);
  const container = document.createElement("div");
  container.className = "review-chart";
  container.style.display = "flex";
  container.style.flexWrap = "wrap";
  container.style.gap = "16px";
  for (const m of MEASURES) {
    const data = review
      .filter((r) => r[m.value] !== null)
      .map((r) => ({group: r.group, value: r[m.value], ci: r[m.ci], n: r[m.n]}));
    const plot = Plot.plot({
      document,
      width: panelWidth,
      height: height ?? Math.max(140, 30 * review.length + 70),
      marginLeft: 150,
      marginRight: 20,
      x: {percent: true, label: m.label, grid: true},
      y: {label: null, domain: review.map((r) => r.group)},
      marks: [
        Plot.ruleY(data, {y: "group", x1: (d) => d.ci?.[0], x2: (d) => d.ci?.[1], stroke: palette.muted}),
        Plot.dot(data, {y: "group", x: "value", fill: palette.ok, r: 5, tip: true, channels: {n: "n"}})
      ]
    });
    container.append(plot);
  }
  return container;
}
