import {ColumnDriftChart} from "../../src/components/ColumnDriftChart.js";
import {columnTestTable, type ColumnTest} from "../../src/lib/drift/columnTestTable.js";
import type {Db} from "../db/openDb.js";
import {driftReport} from "../drift/driftReport.js";
import {driftInput} from "../drift/driftInput.js";
import type {System} from "../system/System.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import {renderChart} from "./renderChart.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";
import {formatCount} from "../../src/lib/format/formatCount.js";
import {formatPercent} from "../../src/lib/format/formatPercent.js";
import {formatStatistic} from "../../src/lib/format/formatStatistic.js";

/**
 * The report's drift section: every feature (and the score, as prediction drift) of the window against the
 * reference (driftReport: Evidently's automatic test per column), judged by the per-column tests of the config where
 * it names one (columnTestTable), in a table with drifting columns first, a PSI bar per column, and dataset drift
 * (share of drifted features ≥ 0.3).
 *
 * @example await driftSection({db, log}, system, {window, reference}, tests);
 */
export async function driftSection(
  {db, log}: {db: Db; log: (message: string) => void},
  system: System,
  {window, reference}: ReportWindows,
  tests: readonly ColumnTest[]
): Promise<ReportSection> {
  const input = driftInput(system);
  const report = await driftReport(
    {db, log},
    {
      file: input.file,
      relation: input.relation,
      time: input.time,
      columns: input.columns,
      reference,
      current: window,
      prediction: input.score
    }
  );
  const rows = columnTestTable(
    report.features.map((f) => ({
      ...f,
      system: system.name,
      window_start: window.from,
      role: f.name === input.score ? ("prediction" as const) : ("feature" as const)
    })),
    tests
  );
  const drifted = rows.filter((r) => r.drifted && r.role === "feature").map((r) => r.column);
  const d = report.dataset_drift;
  const verdict = d.drifted
    ? `Dataset drift: ${d.count} of ${d.total} features drifted (${formatPercent(d.share, 0)} ≥ ${formatPercent(d.threshold, 0)}).`
    : `No dataset drift: ${d.count} of ${d.total} features drifted (${formatPercent(d.share, 0)} < ${formatPercent(d.threshold, 0)}).`;
  const table = htmlTable(rows, [
    {header: "column", cell: (r) => r.column + (r.role === "prediction" ? " (score)" : "")},
    {header: "test", cell: (r) => `${r.label}${r.from === "config" ? " (config)" : ""}`},
    {header: "value", cell: (r) => formatStatistic(r.value), numeric: true},
    {header: "threshold", cell: (r) => formatStatistic(r.threshold), numeric: true},
    {
      header: "result",
      cell: (r) => (r.drifted === null ? "n/a" : r.drifted ? "drift" : "ok"),
      className: (r) => (r.drifted ? "fail" : null)
    },
    {header: "PSI", cell: (r) => formatStatistic(r.psi), numeric: true}
  ]);
  return {
    id: "drift",
    title: "Drift",
    status: d.drifted || drifted.length ? "attention" : "ok",
    summary: `${verdict}${drifted.length ? ` Drifting: ${drifted.join(", ")}.` : ""}`,
    html: `<p>${escapeHtml(verdict)} Reference ${formatCount(report.reference.rows)} rows, window ${formatCount(report.current.rows)} rows. Each column is tested by the statistic the config names for it, else by Evidently's automatic choice; drifting columns first.</p>
<figure>${renderChart((document) => ColumnDriftChart(rows, {width: 720, document}))}</figure>
${table}`
  };
}
