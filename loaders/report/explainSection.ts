import {ExplainChart} from "../../src/components/ExplainChart.js";
import type {Db} from "../db/openDb.js";
import {explainReport} from "../explain/explainReport.js";
import type {ExplainSystem} from "../explain/explainSystem.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import {renderChart} from "./renderChart.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";
import {formatPercent} from "../../src/lib/format/formatPercent.js";
import {formatSigned} from "../../src/lib/format/formatSigned.js";

/**
 * The report's "why did the decision rate move" section: explainReport of the favourable-decision rate
 * (positive_rate, or the first rate the system has) from the reference to the window, the top attributes by the
 * share of the change their population mix explains, as a chart and a table.
 *
 * @example await explainSection(db, system, {window, reference});
 */
export async function explainSection(
  db: Db,
  system: ExplainSystem,
  {window, reference}: ReportWindows
): Promise<ReportSection> {
  const metric = system.metrics.find((m) => m.id === "positive_rate") ?? system.metrics[0];
  const r = await explainReport(db, system, metric.id, reference, window);
  const pts = (x: number) => formatSigned(100 * x, 2, " pp");
  return {
    id: "explain",
    title: `Why the ${metric.label} moved`,
    status: "info",
    summary: r.summary,
    html: `<p>${escapeHtml(r.summary)} Each attribute on its own: mix = the population moved between its segments, rate = decisions changed within them, interaction = both; the three add up to the change (${pts(r.change)}).</p>
<figure>${renderChart((document) => ExplainChart(r.components, {change: r.change, top: 8, width: 720, document}))}</figure>
${htmlTable(r.components.slice(0, 8), [
  {header: "attribute", cell: (c) => c.attribute},
  {header: "mix", cell: (c) => pts(c.mix), numeric: true},
  {header: "rate", cell: (c) => pts(c.rate), numeric: true},
  {header: "interaction", cell: (c) => pts(c.interaction), numeric: true},
  {
    header: "explained by mix",
    cell: (c) => (c.share_explained === null ? null : formatPercent(c.share_explained, 0)),
    numeric: true
  }
])}`
  };
}
