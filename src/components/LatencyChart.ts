import * as Plot from "@observablehq/plot";

/**
 * Latency percentiles of automated decisions per day: p95 as a solid line, p50 dashed, one colour per
 * system, on a log scale so that a fallback spike of seconds and a step of a few milliseconds both show.
 * Rows: {system, day, latency_p50, latency_p95}.
 *
 * @example LatencyChart(daily, {width})
 */
export function LatencyChart(
  data: Iterable<Record<string, unknown>>,
  {width, height = 240}: {width?: number; height?: number} = {}
) {
  return Plot.plot({
    width,
    height,
    x: {type: "utc", label: null},
    y: {type: "log", grid: true, label: "Latency (ms, log scale)"},
    color: {legend: true},
    marks: [
      Plot.lineY(data, {x: "day", y: "latency_p95", stroke: "system", tip: true}),
      Plot.lineY(data, {x: "day", y: "latency_p50", stroke: "system", strokeDasharray: "3,3"}),
      Plot.text(data, Plot.selectLast({x: "day", y: "latency_p95", z: "system", text: () => "p95", dx: 12})),
      Plot.text(data, Plot.selectLast({x: "day", y: "latency_p50", z: "system", text: () => "p50", dx: 12}))
    ]
  });
}
