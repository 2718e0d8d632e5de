import * as Plot from "@observablehq/plot";
import type {ControlRow} from "../lib/spc/controlLimits.js";
import {runRules} from "../lib/spc/runRules.js";
import {controlFrame} from "./controlFrame.js";
import {phase2Rule} from "./phase2Rule.js";
import {thresholdRule} from "./thresholdRule.js";

export interface ControlChartOptions {
  /** y-axis label. */
  label?: string;
  /** Format y as a percentage (p-charts). */
  percent?: boolean;
  /** A fixed context level drawn as a labelled dashed line (e.g. a drift threshold); not a control limit. */
  threshold?: number;
  width?: number;
  height?: number;
  /** Render into this document (server-side rendering in tests); default the global document. */
  document?: Document;
}

/** Colours of points by the first rule they violate; "in control" points are grey. */
export const RULE_COLORS: Readonly<Record<string, string>> = {
  "in control": "#6b7280",
  WE1: "#d62728",
  WE2: "#ff7f0e",
  WE3: "#e7ba52",
  WE4: "#9467bd",
  NEL3: "#8c564b",
  NEL4: "#e377c2",
  NEL7: "#17becf",
  NEL8: "#2ca02c"
};

const ruleNames = new Map(runRules.map((r) => [r.id, `${r.id}: ${r.name}`]));

/**
 * A Shewhart control chart (p-chart or individuals) composed from Plot marks over controlLimits rows:
 * shaded zones C (within 1σ), B (1–2σ) and A (2–3σ), control limits and zone edges as steps (they step
 * where the subgroup size varies), the centre line, the series, points coloured by the first rule they
 * violate with every violated rule named on hover, a rule where Phase II starts, and the `threshold`, if any.
 *
 * @example ControlChart(controlLimits(spcAnalysis(series)), {label: "fallback rate", percent: true, width})
 */
export function ControlChart(rows: readonly ControlRow[], options: ControlChartOptions = {}) {
  const {label, percent = false, threshold, width, height = 300, document} = options;
  const data = rows.map((d) => ({
    ...d,
    date: new Date(d.bucket),
    status: d.rules[0] ?? "in control",
    violated: d.rules.map((id) => ruleNames.get(id) ?? id).join("; ") || "none"
  }));
  const phase2 = data.find((d) => d.phase === 2);
  const step = {x: "date", curve: "step"} as const;
  return controlFrame(
    [
      Plot.areaY(data, {...step, y1: "lcl", y2: "ucl", fill: "#fbe3e1"}),
      Plot.areaY(data, {...step, y1: "lower2", y2: "upper2", fill: "#fdf1d6"}),
      Plot.areaY(data, {...step, y1: "lower1", y2: "upper1", fill: "#e6f2e1"}),
      Plot.lineY(data, {...step, y: "ucl", stroke: "#c0392b", strokeDasharray: "4,3"}),
      Plot.lineY(data, {...step, y: "lcl", stroke: "#c0392b", strokeDasharray: "4,3"}),
      Plot.lineY(data, {x: "date", y: "center", stroke: "#374151"}),
      phase2Rule(phase2?.date),
      phase2
        ? Plot.text([phase2.date], {
            x: (d) => d,
            frameAnchor: "top",
            dx: 4,
            textAnchor: "start",
            text: () => "Phase II"
          })
        : null,
      thresholdRule(threshold),
      Plot.lineY(data, {x: "date", y: "value", stroke: "#9ca3af", strokeWidth: 1}),
      Plot.dot(data, {
        x: "date",
        y: "value",
        fill: "status",
        r: (d) => (d.rules.length ? 3.5 : 2),
        channels: {bucket: "bucket", rules: "violated"},
        tip: {format: {x: false, fill: false, r: false}}
      })
    ],
    {y: {label: label ?? null, percent}, colors: RULE_COLORS, width, height, document}
  );
}
