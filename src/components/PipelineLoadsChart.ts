import * as Plot from "@observablehq/plot";

/**
 * Pipeline health: rows per second of each ingest load (bars), labelled with its duration and peak memory. Rows:
 * {system, object, rows_per_second, duration_s, peak_rss_mb, rows_read}.
 *
 * @example PipelineLoadsChart(loads, {width})
 */
export function PipelineLoadsChart(data: readonly Record<string, unknown>[], {width}: {width?: number} = {}) {
  const rows = data.map((d) => ({...d, load: `${d.system} / ${d.object}`}));
  return Plot.plot({
    width,
    height: 40 + 32 * rows.length,
    marginLeft: 180,
    marginRight: 200,
    x: {grid: true, label: "Rows per second"},
    y: {label: null},
    marks: [
      Plot.barX(rows, {x: "rows_per_second", y: "load", fill: "var(--theme-foreground-focus, steelblue)", tip: true}),
      Plot.text(rows, {
        x: "rows_per_second",
        y: "load",
        dx: 6,
        textAnchor: "start",
        text: (d) =>
          `${Number(d.rows_read).toLocaleString("en-US")} rows in ${Number(d.duration_s).toFixed(1)} s, peak ${d.peak_rss_mb} MB`
      }),
      Plot.ruleX([0])
    ]
  });
}
