import * as Plot from "@observablehq/plot";
import {logAxis} from "./logAxis.js";
import {keyedColors} from "./palette.js";

/** Labelled ticks of the log latency axis, in ms. */
const TICKS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/**
 * Latency percentiles of automated decisions per day: p95 as a solid line, p50 dashed, one colour per
 * system, on a log scale so that a fallback spike of seconds and a step of a few milliseconds both show.
 * Rows: {system, day, latency_p50, latency_p95}.
 *
 * @example LatencyChart(daily, {width})
 */
export function LatencyChart(
  data: Iterable<Record<string, unknown>>,
  {width, height = 240, document}: {width?: number; height?: number; document?: Document} = {}
) {
  const rows = Array.from(data);
  const values = rows.flatMap((d) => [Number(d.latency_p50), Number(d.latency_p95)]).filter((v) => v > 0);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  // the domain starts at the last labelled tick at or below the data, so no tick falls below the frame
  const domain = [Math.min(lo, ...TICKS.filter((t) => t <= lo).slice(-1)), hi];
  const ticks = TICKS.filter((t) => t >= domain[0] && t <= domain[1]);
  return Plot.plot({
    document,
    width,
    height,
    marginRight: 40,
    x: {type: "utc", label: null},
    y: {type: "log", domain},
    color: {...keyedColors(rows.map((d) => String(d.system))), legend: true},
    marks: [
      ...logAxis("y", ticks, (t) => t.toLocaleString("en-US"), {
        label: "↑ Latency (ms, log scale)"
      }),
      Plot.lineY(rows, {x: "day", y: "latency_p95", stroke: "system", tip: true}),
      Plot.lineY(rows, {x: "day", y: "latency_p50", stroke: "system", strokeDasharray: "3,3"}),
      Plot.text(rows, Plot.selectLast({x: "day", y: "latency_p95", z: "system", text: () => "p95", dx: 12})),
      Plot.text(rows, Plot.selectLast({x: "day", y: "latency_p50", z: "system", text: () => "p50", dx: 12}))
    ]
  });
}
