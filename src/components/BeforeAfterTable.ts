import {formatMoney} from "../lib/roi/formatMoney.js";
import type {RoiReport} from "../lib/roi/roiReport.js";

/**
 * The before/after comparison as an HTML table: cost and net value per decision, throughput, review workload
 * and handling time, approval and loss rates, and consistency (between-decider spread beyond chance), manual
 * baseline against the automated period. A dash where a figure is undefined.
 *
 * @example BeforeAfterTable(report)
 */
export function BeforeAfterTable(report: RoiReport): HTMLTableElement {
  const {before: b, after: a, consistency: c} = report;
  const money = (v: number) => formatMoney(v, report.currency);
  const pct = (v: number | null | undefined) => (v == null ? "–" : `${(v * 100).toFixed(1)}%`);
  const num = (v: number | null, digits = 1) =>
    v === null ? "–" : v.toLocaleString("en-US", {maximumFractionDigits: digits});
  const rows: [string, string, string][] = [
    ["Operating cost per decision", money(b.costPerDecision), money(a.costPerDecision)],
    ["Net value per decision", money(b.netValuePerDecision), money(a.netValuePerDecision)],
    ["Decisions per day", num(b.decisionsPerDay, 0), num(a.decisionsPerDay, 0)],
    ["Handled by a person", pct(b.reviewRate), pct(a.reviewRate)],
    ["Reviewed cases per day", num(b.reviewedPerDay, 0), num(a.reviewedPerDay, 0)],
    ["Reviewer hours per day", num(b.reviewerHoursPerDay), num(a.reviewerHoursPerDay)],
    ["Minutes per handled case", num(b.handlingMinutesPerReview), num(a.handlingMinutesPerReview)],
    [`${cap(report.positiveDecision)} rate`, pct(b.approvalRate), pct(a.approvalRate)],
    ["Loss rate (outcomes observed so far)", pct(b.lossRate), pct(a.lossRate)],
    ["Outcomes observed", pct(b.maturedShare), pct(a.maturedShare)],
    ["Spread between deciders (beyond chance)", pct(c.baselineReviewers?.betweenSd), pct(c.modelDesks?.betweenSd)]
  ];
  const table = document.createElement("table");
  table.className = "roi-before-after";
  const head = table.createTHead().insertRow();
  for (const text of ["", "Manual baseline", "Automated"])
    head.appendChild(document.createElement("th")).textContent = text;
  const body = table.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    cells.forEach((text, i) => {
      const cell = row.appendChild(document.createElement(i === 0 ? "th" : "td"));
      cell.textContent = text;
      if (i > 0) cell.style.textAlign = "right";
    });
  }
  return table;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
