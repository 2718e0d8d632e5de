import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {QualitySystem} from "./qualitySystem.js";

/**
 * SQL for referential integrity between a system's decisions and outcomes, per ISO week (Monday, UTC):
 * - by the decision's week: `decisions`, `labelled` (an outcome with the same key exists), `pending` (no outcome yet
 *   and decided at most maxLabelDelayDays before `asOf`), `overdue` (no outcome and decided earlier than that);
 * - by the outcome's week (its time column): `outcomes`, `orphan_outcomes` (no decision has its key) and
 *   `outcomes_before_decision` (observed before its decision was made).
 * `asOf` (ISO timestamp) is when overdue is judged: default the last decision's time, so a log that stopped long ago
 * still reads as of its own end. Undefined when the system has no ingested outcome object with a key.
 */
export function integritySql(q: QualitySystem, asOf?: string): string | undefined {
  const decisions = q.objects[0];
  if (!q.outcomes || !decisions.time) return undefined;
  const {object: outcomes, key} = q.outcomes;
  const dt = sqlIdentifier(decisions.time);
  const ot = outcomes.time ? sqlIdentifier(outcomes.time) : "NULL::TIMESTAMP";
  const keys = key.map(sqlIdentifier).join(", ");
  const on = key.map((k) => `d.${sqlIdentifier(k)} = o.${sqlIdentifier(k)}`).join(" AND ");
  // key columns are the outcome object's primary key: never null in an accepted row, so null means "no match"
  const labelled = `o.${sqlIdentifier(key[0])} IS NOT NULL`;
  const hasDecision = `d.${sqlIdentifier(key[0])} IS NOT NULL`;
  const as = asOf === undefined ? "(SELECT max(t) FROM d)" : `${sqlLiteral(asOf)}::TIMESTAMP`;
  return `WITH d AS (SELECT ${keys}, ${dt} AS t FROM ${decisions.relation}),
o AS (SELECT ${keys}, ${ot} AS t FROM ${outcomes.relation}),
due AS (SELECT ${as} - INTERVAL ${q.maxLabelDelayDays} DAY AS cutoff),
by_decision AS (
  SELECT CAST(date_trunc('week', d.t) AS DATE) AS week, count(*) AS decisions, count_if(${labelled}) AS labelled,
    count_if(NOT ${labelled} AND d.t >= (SELECT cutoff FROM due)) AS pending,
    count_if(NOT ${labelled} AND d.t < (SELECT cutoff FROM due)) AS overdue
  FROM d LEFT JOIN o ON ${on} WHERE d.t IS NOT NULL GROUP BY 1),
by_outcome AS (
  SELECT CAST(date_trunc('week', o.t) AS DATE) AS week, count(*) AS outcomes,
    count_if(NOT ${hasDecision}) AS orphan_outcomes,
    count_if(o.t < d.t) AS outcomes_before_decision
  FROM o LEFT JOIN d ON ${on} GROUP BY 1)
SELECT ${sqlLiteral(q.system)} AS system, week,
  coalesce(decisions, 0)::INTEGER AS decisions, coalesce(labelled, 0)::INTEGER AS labelled,
  coalesce(pending, 0)::INTEGER AS pending, coalesce(overdue, 0)::INTEGER AS overdue,
  coalesce(outcomes, 0)::INTEGER AS outcomes, coalesce(orphan_outcomes, 0)::INTEGER AS orphan_outcomes,
  coalesce(outcomes_before_decision, 0)::INTEGER AS outcomes_before_decision,
  (SELECT cutoff FROM due) AS overdue_before
FROM by_decision FULL OUTER JOIN by_outcome USING (week)
ORDER BY week NULLS LAST`;
}
