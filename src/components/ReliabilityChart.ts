import * as Plot from "@observablehq/plot";
import type {ReliabilityTableRow} from "../lib/models/ModelsPayload.js";
import type {ReliabilityBin} from "../lib/models/reliabilityCurve.js";

/** The fields of a model-reliability.parquet row the chart reads: one bin of a version's curve. */
export type ReliabilityChartBin = Pick<ReliabilityTableRow, "model"> & ReliabilityBin;

export interface ReliabilityChartOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/**
 * A reliability curve: observed rate of the bad outcome against the mean score of each non-empty bin (dots sized
 * by the bin's count of labelled decisions, joined by a line, one colour per model version), with the diagonal of
 * perfect calibration dashed. Bins come from reliabilityCurve (10 equal-width score bins).
 *
 * @example ReliabilityChart(reliability.filter((b) => b.model === "credit-lr@1.0.0" && b.granularity === "all"), {width})
 */
export function ReliabilityChart(
  bins: readonly ReliabilityChartBin[],
  {width, height = 320, document}: ReliabilityChartOptions = {}
) {
  const filled = bins.filter((b) => b.count > 0);
  return Plot.plot({
    document,
    width,
    height,
    x: {domain: [0, 1], label: "mean score in bin", grid: true},
    y: {domain: [0, 1], label: "observed bad rate", grid: true},
    r: {range: [2, 12]},
    color: {domain: [...new Set(bins.map((b) => b.model))].sort(), legend: true},
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1]
        ],
        {stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "4 3"}
      ),
      Plot.line(filled, {x: "mean_score", y: "observed_rate", stroke: "model", z: "model"}),
      Plot.dot(filled, {
        x: "mean_score",
        y: "observed_rate",
        r: "count",
        fill: "model",
        fillOpacity: 0.7,
        tip: true,
        title: (b: ReliabilityChartBin) =>
          `${b.model}\nscores ${b.lower.toFixed(1)}–${b.upper.toFixed(1)}: ${b.count} labelled\nmean score ${b.mean_score!.toFixed(3)}, observed ${b.observed_rate!.toFixed(3)}`
      })
    ]
  });
}
