import * as Plot from "@observablehq/plot";
import {palette} from "./palette.js";
import {formatMoney} from "../lib/roi/formatMoney.js";
import type {SensitivityBar} from "../lib/roi/oneWaySensitivity.js";

export interface TornadoChartOptions {
  /** The output with every assumption at its base value: where the bars start. */
  output: number;
  currency: string;
  /** The relative move of each assumption (0.25 for ±25 %), for the legend. */
  range: number;
  width?: number;
}

/**
 * A tornado chart of a one-way sensitivity (oneWaySensitivity): one row per assumption, largest swing on top,
 * a bar from the base output to the output with the assumption lowered and another to the output with it
 * raised, and a rule at the base output. Money on x.
 *
 * @example TornadoChart(report.sensitivity.bars, {output: report.sensitivity.output, currency: "EUR", range: 0.25, width})
 */
export function TornadoChart(bars: readonly SensitivityBar[], {output, currency, range, width}: TornadoChartOptions) {
  const pct = Math.round(range * 100);
  const low = `assumption −${pct}%`;
  const high = `assumption +${pct}%`;
  const rows = bars.flatMap((b) => [
    {label: b.label, side: low, to: b.outputAtLow, at: b.low},
    {label: b.label, side: high, to: b.outputAtHigh, at: b.high}
  ]);
  const money = (v: number) => formatMoney(v, currency);
  return Plot.plot({
    width,
    height: 44 + 30 * bars.length,
    marginLeft: 220,
    x: {label: "Net value to date", tickFormat: money, grid: true},
    y: {label: null, domain: bars.map((b) => b.label)},
    color: {domain: [low, high], range: [palette.challenger, palette.ok], legend: true},
    marks: [
      Plot.barX(rows, {
        y: "label",
        x1: () => output,
        x2: "to",
        fill: "side",
        insetTop: 4,
        insetBottom: 4,
        tip: true,
        title: (d: (typeof rows)[number]) => `${d.label} at ${d.at.toPrecision(3)}\nnet value to date ${money(d.to)}`
      }),
      Plot.ruleX([output], {strokeWidth: 2})
    ]
  });
}
