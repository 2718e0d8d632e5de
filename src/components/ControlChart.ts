import * as Plot from "@observablehq/plot";
import {cappedDomain} from "../lib/chart/cappedDomain.js";
import type {ControlRow} from "../lib/spc/controlLimits.js";
import {runRules} from "../lib/spc/runRules.js";
import {controlFrame} from "./controlFrame.js";
import {controlZones, palette} from "./palette.js";
import {phase2Rule} from "./phase2Rule.js";
import {thresholdRule} from "./thresholdRule.js";

export interface ControlChartOptions {
  /** y-axis label: what is measured (" (%)" is added for a proportion). */
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

/**
 * Colours of points: in control grey; a signal inside the baseline (Phase I: it questions the baseline itself)
 * amber; a signal while monitoring (Phase II) red.
 */
export const POINT_COLORS: Readonly<Record<string, string>> = {
  "in control": palette.muted,
  "signal in the baseline": palette.warn,
  signal: palette.alarm
};

const ruleNames = new Map(runRules.map((r) => [r.id, `${r.id}: ${r.name}`]));

/**
 * A Shewhart control chart (p-chart or individuals) composed from Plot marks over controlLimits rows:
 * shaded zones C (within 1σ), B (1–2σ) and A (2–3σ), control limits and zone edges as steps (they step
 * where the subgroup size varies), the centre line, the series, points coloured by phase and signal with every
 * violated rule named on hover, a rule where Phase II starts, and the `threshold`, if any. When a few extreme
 * values would flatten the limits (cappedDomain), the y axis stops above the limits and those values are drawn as
 * triangles at the top edge, labelled with their value.
 *
 * @example ControlChart(controlLimits(spcAnalysis(series)), {label: "Fallback rate", percent: true, width})
 */
export function ControlChart(rows: readonly ControlRow[], options: ControlChartOptions = {}) {
  const {label, percent = false, threshold, width, height = 300, document} = options;
  const data = rows.map((d) => ({
    ...d,
    date: new Date(d.bucket),
    status: d.rules.length === 0 ? "in control" : d.phase === 1 ? "signal in the baseline" : "signal",
    violated: d.rules.map((id) => ruleNames.get(id) ?? id).join("; ") || "none"
  }));
  const keep = data.flatMap((d) => [d.lcl, d.ucl, d.center]).concat(threshold === undefined ? [] : [threshold]);
  const {domain, capped} = cappedDomain(
    data.map((d) => d.value),
    {keep}
  );
  const top = domain[1];
  const over = capped ? data.filter((d) => d.value > top) : [];
  const shown = capped ? data.map((d) => ({...d, value: Math.min(d.value, top)})) : data;
  const phase2 = data.find((d) => d.phase === 2);
  const step = {x: "date", curve: "step"} as const;
  const format = (v: number) => (percent ? `${(v * 100).toFixed(1)}%` : String(Number(v.toPrecision(3))));
  return controlFrame(
    [
      Plot.areaY(data, {...step, y1: "lcl", y2: (d) => Math.min(d.ucl, top), fill: controlZones.sigma3}),
      Plot.areaY(data, {...step, y1: "lower2", y2: (d) => Math.min(d.upper2, top), fill: controlZones.sigma2}),
      Plot.areaY(data, {...step, y1: "lower1", y2: (d) => Math.min(d.upper1, top), fill: controlZones.sigma1}),
      Plot.lineY(data, {...step, y: (d) => Math.min(d.ucl, top), stroke: palette.alarm, strokeDasharray: "4,3"}),
      Plot.lineY(data, {...step, y: "lcl", stroke: palette.alarm, strokeDasharray: "4,3"}),
      Plot.lineY(data, {x: "date", y: "center", stroke: palette.ink}),
      phase2Rule(phase2?.date),
      phase2
        ? Plot.text([phase2.date], {
            x: (d) => d,
            frameAnchor: "top",
            dx: 4,
            dy: 2,
            textAnchor: "start",
            text: () => "monitoring (Phase II) →"
          })
        : null,
      thresholdRule(threshold),
      Plot.lineY(shown, {x: "date", y: "value", stroke: palette.context, strokeWidth: 1}),
      Plot.dot(
        shown.filter((d) => !(capped && d.value >= top)),
        {
          x: "date",
          y: "value",
          fill: "status",
          r: (d) => (d.rules.length ? 3.5 : 2),
          channels: {bucket: "bucket", rules: "violated"},
          tip: {format: {x: false, fill: false, r: false}}
        }
      ),
      Plot.dot(over, {
        x: "date",
        y: () => top,
        symbol: "triangle",
        r: 4,
        fill: "status",
        channels: {bucket: "bucket", value: (d) => format(d.value), rules: "violated"},
        tip: {format: {x: false, y: false, fill: false}}
      }),
      Plot.text(over.slice(0, 1), {
        frameAnchor: "top-right",
        dy: 12,
        textAnchor: "end",
        fill: palette.alarm,
        text: () =>
          `▲ off the scale: ${over.length} ${over.length === 1 ? "point" : "points"} up to ${format(Math.max(...over.map((d) => d.value)))}`
      })
    ],
    // Plot's percent option multiplies the values by 100 but not a given domain: scale it too.
    {
      y: {label: label ?? null, percent, domain: percent ? [domain[0] * 100, domain[1] * 100] : domain},
      colors: POINT_COLORS,
      width,
      height,
      document
    }
  );
}
