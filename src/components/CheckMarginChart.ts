import * as Plot from "@observablehq/plot";

/**
 * Alert checks against their thresholds: each evaluated check's value divided by its threshold on a log scale,
 * with the threshold at 1; red when the check failed, grey when it passed. Checks with no value (errors) or a zero
 * threshold are left out (listed in the table instead). Rows: {name, status, value, threshold}.
 *
 * @example CheckMarginChart(report.checks, {width})
 */
export function CheckMarginChart(data: readonly Record<string, unknown>[], {width}: {width?: number} = {}) {
  const rows = data
    .filter((d) => typeof d.value === "number" && typeof d.threshold === "number" && d.threshold !== 0 && d.value !== 0)
    .map((d) => ({...d, ratio: Math.abs((d.value as number) / (d.threshold as number))}));
  return Plot.plot({
    width,
    height: 50 + 26 * rows.length,
    marginLeft: 280,
    x: {type: "log", grid: true, label: "Value ÷ threshold"},
    y: {label: null},
    color: {domain: ["pass", "fail"], range: ["#8c8c8c", "#d62728"], legend: true},
    marks: [
      Plot.ruleX([1], {stroke: "currentColor", strokeDasharray: "4 3"}),
      Plot.dot(rows, {
        x: "ratio",
        y: "name",
        fill: "status",
        r: 5,
        tip: true,
        channels: {value: "value", threshold: "threshold"}
      })
    ]
  });
}
