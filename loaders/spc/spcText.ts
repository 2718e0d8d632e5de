import type {SpcReport} from "./spcReport.js";

const fixed = (v: number | null | undefined, digits: number) => (v == null ? "" : v.toFixed(digits));
/** Proportions with 4 decimals; values (latency, drift scores) with 4 significant digits. */
const number = (kind: SpcReport["kind"], v: number | null | undefined) =>
  v == null ? "" : kind === "proportion" ? v.toFixed(4) : String(Number(v.toPrecision(4)));

/**
 * The readable table of `workbench spc` (without --format json): one line per bucket with the Shewhart
 * statistic and limits, the rules it violates, the EWMA and the CUSUM sums (`*` marks a signal; blank before
 * the baseline, where they start), then the check's verdict.
 */
export function spcText(r: SpcReport): string {
  const ewma = new Map(r.ewma?.points.map((d) => [d.bucket, d]));
  const cusum = new Map(r.cusum?.points.map((d) => [d.bucket, d]));
  const head = ["bucket", "ph", r.kind === "proportion" ? "n" : "", r.kind === "proportion" ? "p" : "value"];
  head.push("LCL", "UCL", "rules", "EWMA z", "C+", "C-");
  const rows = r.individuals.points.map((d, i) => {
    const p = r.p_chart?.points[i];
    const e = ewma.get(d.bucket);
    const c = cusum.get(d.bucket);
    return [
      d.bucket,
      String(d.phase),
      p ? String(p.n) : "",
      number(r.kind, p ? p.p : d.value),
      number(r.kind, p ? p.lcl : d.lcl),
      number(r.kind, p ? p.ucl : d.ucl),
      (p ? p.rules : d.rules).join(","),
      e ? number(r.kind, e.z) + (e.signal ? "*" : "") : "",
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
    r.p_chart !== null ? `p̄ = ${fixed(r.p_chart.center, 4)}` : `x̄ = ${number(r.kind, r.individuals.center)}`;
  return [
    `${r.series} by ${r.bucket}; baseline ${r.baseline.from}..${r.baseline.to}; ${centre}, σ(individuals) = ${number(r.kind, r.individuals.sigma)}`,
    line(head),
    ...rows.map(line),
    `${r.check.signals} signal(s) in ${r.check.monitored === "phase 2" ? "Phase II" : "all buckets"}: ${r.check.failed ? "FAILED" : "ok"}`
  ].join("\n");
}
