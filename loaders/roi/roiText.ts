import {formatMoney} from "../../src/lib/roi/formatMoney.js";
import type {RoiReport} from "../../src/lib/roi/roiReport.js";

/**
 * The ROI report as plain text for the terminal: headline numbers with their intervals, a before/after
 * table, the monthly benefit, the three largest sensitivities and the generated narrative.
 */
export function roiText(r: RoiReport): string {
  const money = (v: number) => formatMoney(v, r.currency);
  const range = (e: {value: number; low: number; high: number}) =>
    `${money(e.value)} [${money(e.low)}, ${money(e.high)}]`;
  const pct = (v: number | null) => (v === null ? "–" : `${(v * 100).toFixed(1)}%`);
  const num = (v: number | null, digits = 1) => (v === null ? "–" : v.toFixed(digits));
  const h = r.headline;
  const level = `${Math.round(r.bootstrap.level * 100)}%`;
  const rows: [string, string, string][] = [
    ["cost per decision", money(r.before.costPerDecision), money(r.after.costPerDecision)],
    ["net value per decision", money(r.before.netValuePerDecision), money(r.after.netValuePerDecision)],
    ["decisions per day", num(r.before.decisionsPerDay, 0), num(r.after.decisionsPerDay, 0)],
    ["handled by a person", pct(r.before.reviewRate), pct(r.after.reviewRate)],
    ["minutes per handled case", num(r.before.handlingMinutesPerReview), num(r.after.handlingMinutesPerReview)],
    ["reviewer hours per day", num(r.before.reviewerHoursPerDay), num(r.after.reviewerHoursPerDay)],
    [`${r.positiveDecision} rate`, pct(r.before.approvalRate), pct(r.after.approvalRate)],
    ["loss rate (observed outcomes)", pct(r.before.lossRate), pct(r.after.lossRate)],
    [
      "between-decider spread (sd)",
      pct(r.consistency.baselineReviewers?.betweenSd ?? null),
      pct(r.consistency.modelDesks?.betweenSd ?? null)
    ]
  ];
  const pb = h.payback;
  return [
    `ROI: ${r.system} (manual baseline from ${r.firstDay}, go-live ${r.goLive}, data to ${r.lastDay}; ${level} intervals, ${r.bootstrap.replicates} day-cluster bootstrap replicates, seed ${r.bootstrap.seed})`,
    `  net value to date     ${range(h.netValueToDate)}  (benefit ${range(h.benefitToDate)} − investment ${money(h.investment)})`,
    `  cost per decision     ${range(h.costPerDecisionBefore)} → ${range(h.costPerDecisionAfter)}`,
    `  payback               ${pb.days === null ? "not at the current rate" : `${pb.days.toFixed(1)} days after go-live (${pb.date}${pb.reached ? "" : ", projected"})`}`,
    "",
    `  ${"".padEnd(30)} ${"before".padStart(12)} ${"after".padStart(12)}`,
    ...rows.map(([k, b, a]) => `  ${k.padEnd(30)} ${b.padStart(12)} ${a.padStart(12)}`),
    "",
    "  benefit by month",
    ...r.monthly.map((m) => `  ${m.month} (${String(m.days).padStart(2)} days) ${range(m.benefit)}`),
    "",
    `  most sensitive assumptions (±${Math.round(r.sensitivity.range * 100)}%)`,
    ...r.sensitivity.bars.slice(0, 3).map((b) => `  ${b.label.padEnd(36)} swing ${money(b.swing)}`),
    "",
    ...r.narrative.map((p) => `  ${p}`)
  ].join("\n");
}
