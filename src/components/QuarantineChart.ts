import * as Plot from "@observablehq/plot";

/**
 * Quarantined rows by failed check, one panel per system, most frequent first. Rows:
 * {system, check, rows}. A row failing several checks counts under each.
 *
 * @example QuarantineChart(reasons, {width})
 */
export function QuarantineChart(
  data: Iterable<Record<string, unknown>>,
  {width, top = 8}: {width?: number; top?: number} = {}
) {
  const rows = Array.from(data);
  const perSystem = new Map<unknown, number>();
  const kept = rows.filter((d) => {
    const n = perSystem.get(d.system) ?? 0;
    perSystem.set(d.system, n + 1);
    return n < top;
  });
  return Plot.plot({
    width,
    height: 40 + 22 * kept.length,
    marginLeft: 230,
    x: {grid: true, label: "Quarantined rows"},
    y: {label: null},
    fy: {label: null},
    marks: [
      Plot.barX(kept, {
        x: "rows",
        y: "check",
        fy: "system",
        sort: {y: "-x"},
        fill: "var(--theme-foreground-focus, steelblue)",
        tip: true
      }),
      Plot.text(kept, {x: "rows", y: "check", fy: "system", text: "rows", dx: 4, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
}
