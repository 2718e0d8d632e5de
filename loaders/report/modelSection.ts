import {CbpeBandChart} from "../../src/components/CbpeBandChart.js";
import type {Registry} from "../../src/lib/replay/modelEntry.js";
import type {Db} from "../db/openDb.js";
import type {System} from "../system/System.js";
import {modelMetricsTable, type MetricsTableRow} from "../modelMetrics/modelMetricsTable.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import {renderChart} from "./renderChart.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";
import {formatCount} from "../../src/lib/format/formatCount.js";

/**
 * The report's model-performance section: for every registered version that scored the system's decisions, the
 * weekly realised ROC AUC (outcomes observed by the system's last decision) and the CBPE estimate, with NannyML's
 * sampling-error bands and the alert thresholds of the reference weeks (modelMetricsTable with `reference`): a
 * chart per version from the reference's start to the window's end, and a table of the window's weeks with the
 * alerts (an estimate strictly outside the thresholds).
 *
 * @example await modelSection({db, log}, registry, system, {window, reference});
 */
export async function modelSection(
  {db, log}: {db: Db; log: (message: string) => void},
  registry: Registry,
  system: System,
  {window, reference}: ReportWindows
): Promise<ReportSection> {
  const own = {...registry, models: registry.models.filter((m) => m.system === system.name)};
  if (!own.models.length)
    return {
      id: "models",
      title: "Model performance",
      status: "info",
      summary: "No registered model scores this system.",
      html: "<p>No registered model scores this system.</p>"
    };
  const table = await modelMetricsTable(
    [system],
    own,
    {db, log},
    {granularities: ["week"], reference, minLabelled: 100, minRows: 100}
  );
  const weeks = (model: string) =>
    table.metrics.filter(
      (m) =>
        m.model === model &&
        m.granularity === "week" &&
        m.window_start >= reference.from.slice(0, 10) &&
        m.window_start < window.to.slice(0, 10)
    );
  const inWindow = (m: MetricsTableRow) =>
    m.window_start >= window.from.slice(0, 10) && m.window_start < window.to.slice(0, 10);
  const versions = [...new Set(table.metrics.filter((m) => m.granularity === "week").map((m) => m.model))];
  const rows = versions.flatMap((v) => weeks(v).filter(inWindow));
  const alerts = rows.filter((r) => r.alert);
  const f3 = (x: number | null) => (x === null ? null : x.toFixed(3));
  const status = (model: string) => own.models.find((m) => `${m.name}@${m.version}` === model)?.status ?? "";
  const summary = alerts.length
    ? `${alerts.length} week(s) with the estimated ROC AUC outside the reference thresholds: ${alerts.map((a) => `${a.model} ${a.window_start}`).join(", ")}.`
    : `No performance alert: every weekly ROC AUC estimate in the window lies within the reference thresholds.`;
  const charts = versions
    .map(
      (v) =>
        `<figure><figcaption>${escapeHtml(`${v} (${status(v)}): ROC AUC by week`)}</figcaption>${
          weeks(v).some((m) => m.est_roc_auc !== null)
            ? ""
            : `<p>${escapeHtml(`${v} scored no labelled decision in the reference period: realised values only, without band, estimate or thresholds (CBPE calibrates on the reference).`)}</p>`
        }${renderChart((document) =>
          CbpeBandChart(weeks(v), {metric: "roc_auc", label: "ROC AUC", width: 720, height: 240, document})
        )}</figure>`
    )
    .join("\n");
  return {
    id: "models",
    title: "Model performance",
    status: alerts.length ? "attention" : "ok",
    summary,
    html: `<p>${escapeHtml(summary)} Dark solid line: realised on decisions whose outcome had arrived (grey band ±3 standard errors); blue dashed: estimated without outcomes (CBPE, band ±3 standard errors); red dashed: thresholds = mean ± 3 standard deviations of the realised value over the reference weeks (NannyML's rule); a red ring: an alert.</p>
${charts}
${htmlTable(rows, [
  {header: "version", cell: (r) => r.model},
  {header: "week", cell: (r) => r.window_start, className: () => "nowrap"},
  {header: "decisions", cell: (r) => formatCount(r.n), numeric: true},
  {header: "labelled", cell: (r) => formatCount(r.n_labelled), numeric: true},
  {header: "realised", cell: (r) => f3(r.roc_auc), numeric: true},
  {header: "estimated", cell: (r) => f3(r.est_roc_auc), numeric: true},
  {
    header: "band",
    cell: (r) => (r.est_roc_auc_lower === null ? null : `${f3(r.est_roc_auc_lower)}–${f3(r.est_roc_auc_upper)}`)
  },
  {
    header: "thresholds",
    cell: (r) => (r.threshold_lower === null ? null : `${f3(r.threshold_lower)}–${f3(r.threshold_upper)}`)
  },
  {header: "alert", cell: (r) => (r.alert ? "alert" : ""), className: (r) => (r.alert ? "fail" : null)}
])}`
  };
}
