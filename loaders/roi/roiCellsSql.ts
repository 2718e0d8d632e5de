import type {SystemRelations} from "../system/System.js";
import type {RoiColumns} from "./roiColumns.js";

/**
 * SQL for the ROI report's only input from the decision log: one row per UTC day × final decision ×
 * observed outcome (RoiCell, src/lib/roi/roiCell.ts) with decisions, Σ amount, automated decisions
 * (decision source other than `human`), reviewed decisions (manual, or routed to review), and Σ handling
 * seconds. An outcome counts only if observed by the last decision time in the log ("as of" the data), so
 * the report never uses an outcome from its own future. Without an outcomes relation every outcome is null.
 * Ordered, so results are stable.
 */
export function roiCellsSql(c: RoiColumns, relations: Pick<SystemRelations, "decisions" | "outcomes">): string {
  const decisions = relations.decisions;
  const outcomes = relations.outcomes
    ? `SELECT ${c.outcomeId} AS id, ${c.label} AS outcome FROM ${relations.outcomes}
    WHERE ${c.outcomeTime} <= (SELECT max(${c.time}) FROM ${decisions})`
    : `SELECT NULL::VARCHAR AS id, NULL::BOOLEAN AS outcome WHERE false`;
  return `WITH o AS (
  ${outcomes}
), d AS (
  SELECT ${c.id} AS id, CAST(${c.time} AS DATE) AS day, ${c.finalDecision} AS decision, ${c.amount}::DOUBLE AS amount,
    ${c.decisionSource} <> 'human' AS automated,
    ${c.decisionSource} = 'human' OR ${c.review} AS reviewed,
    coalesce(${c.handlingTime}, 0)::DOUBLE AS handling
  FROM ${decisions}
)
SELECT strftime(d.day, '%Y-%m-%d') AS day, d.decision, o.outcome,
  count(*)::INTEGER AS decisions,
  coalesce(sum(d.amount), 0)::DOUBLE AS amount,
  count(*) FILTER (WHERE d.automated)::INTEGER AS automated,
  count(*) FILTER (WHERE d.reviewed)::INTEGER AS reviewed,
  coalesce(sum(d.handling) FILTER (WHERE d.reviewed), 0)::DOUBLE AS "handlingSeconds"
FROM d LEFT JOIN o ON o.id = d.id
GROUP BY ALL
ORDER BY day, decision, outcome NULLS LAST`;
}
