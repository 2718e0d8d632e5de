import * as Plot from "@observablehq/plot";
import {integerAxis} from "../lib/chart/integerAxis.js";
import {keyedColors} from "./palette.js";

/**
 * Quarantined rows by failed check, the most frequent first within each system, one bar per system and
 * check, coloured by system. Rows: {system, check, rows}. A row failing several checks counts under each.
 *
 * @example QuarantineChart(reasons, {width})
 */
export function QuarantineChart(
  data: Iterable<Record<string, unknown>>,
  {width, top = 8}: {width?: number; top?: number} = {}
) {
  const perSystem = new Map<unknown, number>();
  const kept = Array.from(data).filter((d) => {
    const n = perSystem.get(d.system) ?? 0;
    perSystem.set(d.system, n + 1);
    return n < top;
  });
  const label = (d: Record<string, unknown>) => `${d.system} · ${d.check}`;
  return Plot.plot({
    width,
    height: 40 + 20 * kept.length,
    marginLeft: 280,
    x: {grid: true, label: "Quarantined rows →", ...integerAxis(kept.map((d) => Number(d.rows)))},
    y: {label: null, domain: kept.map(label)},
    color: {...keyedColors(kept.map((d) => String(d.system))), legend: true},
    marks: [
      Plot.barX(kept, {x: "rows", y: label, fill: "system", tip: true}),
      Plot.text(kept, {x: "rows", y: label, text: "rows", dx: 4, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
}
