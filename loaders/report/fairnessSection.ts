import {FairnessGridChart} from "../../src/components/FairnessGridChart.js";
import {RATE_LABELS} from "../../src/lib/fairness/describeFairness.js";
import type {GridCell} from "../../src/lib/fairness/fairnessGrid.js";
import type {Db} from "../db/openDb.js";
import {recommendedMetrics} from "../../src/lib/fairness/recommendedMetrics.js";
import {runFairnessGrid} from "../fairness/runFairnessGrid.js";
import {fairnessRelation} from "../derived/fairnessRelation.js";
import type {System} from "../system/System.js";
import {timestampSql} from "../explain/explainCountsSql.js";
import {escapeHtml} from "./escapeHtml.js";
import {htmlTable} from "./htmlTable.js";
import {renderChart} from "./renderChart.js";
import type {ReportSection, ReportWindows} from "./ReportSection.js";

/**
 * The report's fairness section: Aequitas's grid of every protected attribute × the metrics the contract's fairness
 * policy recommends (recommendedMetrics, after Aequitas's fairness tree; selection rate, TPR and FPR without one), on the
 * final decisions of the window, each attribute on its own, against the largest group with the four-fifths band
 * [0.8, 1.25]; the grid as a chart and a table, and the tree's reasoning in plain words.
 *
 * @example await fairnessSection({db, log}, system, {window, reference});
 */
export async function fairnessSection(
  {db, log}: {db: Db; log: (message: string) => void},
  system: System,
  {window}: ReportWindows
): Promise<ReportSection> {
  const {convention, relation, columns} = await fairnessRelation(db, system, {log});
  const {rates, advice} = recommendedMetrics(convention.policy, convention.positiveDecision);
  const cells: GridCell[] = await runFairnessGrid(
    {db, log},
    relation,
    columns,
    {
      label: "label_pos",
      positive: "true",
      prediction: {kind: "decision", column: "final_pos", positive: "true"},
      group: [convention.protected[0]],
      where: `decided_at >= ${timestampSql(window.from)} AND decided_at < ${timestampSql(window.to)}`
    },
    convention.protected,
    rates,
    {tau: 0.8}
  );
  const failing = cells.filter((c) => !c.passed);
  const label = (r: string) => RATE_LABELS[r as keyof typeof RATE_LABELS]?.label ?? r;
  const summary = failing.length
    ? `${failing.length} of ${cells.length} attribute × metric cells fail the four-fifths band: ${failing.map((c) => `${c.attribute} ${label(c.metric)} (${c.worst_group} ${c.worst_ratio?.toFixed(2)})`).join("; ")}.`
    : `All ${cells.length} attribute × metric cells pass the four-fifths band.`;
  const guide = advice
    ? `<p><b>Which metric fits this decision.</b> ${advice.steps.map((s) => `${escapeHtml(s.question)} <i>${escapeHtml(s.answer)}</i>`).join(" ")} ${escapeHtml(advice.why)}</p>`
    : `<p>The contract declares no fairness policy: the grid checks the selection rate, TPR and FPR.</p>`;
  return {
    id: "fairness",
    title: "Fairness grid",
    status: failing.length ? "attention" : "ok",
    summary,
    html: `<p>${escapeHtml(summary)} Positive = the favourable decision after review (${escapeHtml(convention.positiveDecision)}); ratios against the largest group; decisions whose outcome has not arrived count in the selection rate only.</p>
${guide}
<figure>${renderChart((document) => FairnessGridChart(cells, {labels: Object.fromEntries(rates.map((r) => [r, label(r)])), width: 720, document}))}</figure>
${htmlTable(cells, [
  {header: "attribute", cell: (c) => c.attribute},
  {header: "metric", cell: (c) => label(c.metric)},
  {header: "reference", cell: (c) => c.reference_group},
  {header: "worst group", cell: (c) => c.worst_group},
  {header: "ratio", cell: (c) => (c.worst_ratio === null ? null : c.worst_ratio.toFixed(2)), numeric: true},
  {header: "result", cell: (c) => (c.passed ? "pass" : "fail"), className: (c) => (c.passed ? null : "fail")}
])}`
  };
}
