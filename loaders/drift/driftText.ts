import type {DriftReport} from "./driftReport.js";

const num = (x: number | null | undefined, digits = 4) =>
  x === null || x === undefined
    ? "—"
    : Math.abs(x) !== 0 && Math.abs(x) < 1e-4
      ? x.toExponential(2)
      : x.toFixed(digits);

/**
 * A drift report as a readable table: one line per feature with its test, value against threshold, the verdict, and
 * every statistic computed, drifting features first (then by PSI, largest first, as the Drift page's table); then
 * dataset drift. The JSON keeps the report's column order.
 */
export function driftText(r: DriftReport): string {
  const header = ["feature", "type", "test", "value", "thresh", "drift", "psi", "js", "ks_p", "wass_n", "chi2_p"];
  const sorted = [...r.features].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.psi - a.psi);
  const rows = sorted.map((f) => [
    f.name,
    f.type,
    f.test,
    num(f.value),
    num(f.threshold, 2),
    f.drifted ? "DRIFT" : "ok",
    num(f.psi),
    num(f.js_distance),
    num(f.ks?.pvalue),
    num(f.wasserstein_normed),
    num(f.chi2?.pvalue)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [
    `reference [${r.reference.from}, ${r.reference.to}): ${r.reference.rows} rows   current [${r.current.from}, ${r.current.to}): ${r.current.rows} rows`,
    "",
    line(header),
    ...rows.map(line),
    "",
    `dataset drift: ${r.dataset_drift.count} of ${r.dataset_drift.total} features drifted (share ${r.dataset_drift.share.toFixed(2)}, threshold ${r.dataset_drift.threshold}) → ${r.dataset_drift.drifted ? "DRIFT" : "no drift"}`
  ].join("\n");
}
