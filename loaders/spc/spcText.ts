import type {SpcReport} from "./spcReport.js";

const fixed = (v: number | null | undefined, digits: number) => (v == null ? "" : v.toFixed(digits));

/**
 * The readable table of `workbench spc` (without --format json): one line per bucket with the Shewhart
 * statistic and limits, the rules it violates, the EWMA and the CUSUM sums (`*` marks a signal), then the
 * check's verdict.
 */
export function spcText(r: SpcReport): string {
  const digits = r.kind === "proportion" ? 4 : 2;
  const head = ["bucket", "ph", r.kind === "proportion" ? "n" : "", r.kind === "proportion" ? "p" : "value"];
  head.push("LCL", "UCL", "rules", "EWMA z", "C+", "C-");
  const rows = r.individuals.points.map((d, i) => {
    const p = r.p_chart?.points[i];
    const e = r.ewma?.points[i];
    const c = r.cusum?.points[i];
    return [
      d.bucket,
      String(d.phase),
      p ? String(p.n) : "",
      fixed(p ? p.p : d.value, digits),
      fixed(p ? p.lcl : d.lcl, digits),
      fixed(p ? p.ucl : d.ucl, digits),
      (p ? p.rules : d.rules).join(","),
      e ? fixed(e.z, digits) + (e.signal ? "*" : "") : "",
      c ? fixed(c.c_plus, 2) + (c.c_plus > r.cusum!.h ? "*" : "") : "",
      c ? fixed(c.c_minus, 2) + (c.c_minus > r.cusum!.h ? "*" : "") : ""
    ];
  });
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => c.padStart(widths[j]))
      .join("  ")
      .trimEnd();
  const centre =
    r.p_chart !== null ? `p̄ = ${fixed(r.p_chart.center, 4)}` : `x̄ = ${fixed(r.individuals.center, digits)}`;
  return [
    `${r.series} by ${r.bucket}; baseline ${r.baseline.from}..${r.baseline.to}; ${centre}, σ(individuals) = ${fixed(r.individuals.sigma, digits + 1)}`,
    line(head),
    ...rows.map(line),
    `${r.check.signals} signal(s) in ${r.check.monitored === "phase 2" ? "Phase II" : "all buckets"}: ${r.check.failed ? "FAILED" : "ok"}`
  ].join("\n");
}
