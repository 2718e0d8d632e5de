import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import type {ReviewReport} from "../lib/fairness/reviewByGroup.js";

/**
 * Human review by group: the share of decisions routed to review and the share of reviews that overrode the
 * model, side by side, each with its Wilson interval.
 * @example ReviewChart(analysis.review, {width})
 */
export function ReviewChart(review: readonly ReviewReport[], {width, height}: {width?: number; height?: number} = {}) {
  const data = review
    .flatMap((r) => [
      {group: r.group, measure: "routed to review", value: r.review_rate, ci: r.review_interval, n: r.n},
      {
        group: r.group,
        measure: "overridden (of reviewed)",
        value: r.override_rate,
        ci: r.override_interval,
        n: r.reviewed
      }
    ])
    .filter((d) => d.value !== null);
  return Plot.plot({
    width: Math.max(width ?? 640, 400),
    height: height ?? Math.max(140, 30 * review.length + 70),
    marginLeft: 150,
    x: {percent: true, label: "Share of the group's decisions (%) →", grid: true},
    y: {label: null, domain: review.map((r) => r.group)},
    fx: {label: null},
    marks: [
      Plot.ruleY(data, {fx: "measure", y: "group", x1: (d) => d.ci?.[0], x2: (d) => d.ci?.[1], stroke: palette.muted}),
      Plot.dot(data, {fx: "measure", y: "group", x: "value", fill: palette.ok, r: 5, tip: true, channels: {n: "n"}})
    ]
  });
}
