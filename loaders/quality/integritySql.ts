import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {dialectSql} from "../engine/dialectSql.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
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
  if (decisions.relation.partition) return partitionedSql(q, asOf);
  const {object: outcomes, key} = q.outcomes;
  const dt = sqlIdentifier(decisions.time);
  const ot = outcomes.time ? sqlIdentifier(outcomes.time) : "NULL::TIMESTAMP";
  const keys = key.map(sqlIdentifier).join(", ");
  const on = key.map((k) => `d.${sqlIdentifier(k)} = o.${sqlIdentifier(k)}`).join(" AND ");
  const as = asOf === undefined ? "(SELECT max(t) FROM d)" : `${sqlLiteral(asOf)}::TIMESTAMP`;
  // one FULL OUTER JOIN: its rows with a decision are the decisions LEFT JOIN outcomes, its rows with an outcome the
  // outcomes LEFT JOIN decisions (the same pairs, each unmatched row once), so both sides are counted from one join;
  // each side's `present` (never null in its own rows) says whether the row has it
  return `WITH d AS (SELECT ${keys}, ${dt} AS t, true AS present FROM ${decisions.relation.from}),
o AS (SELECT ${keys}, ${ot} AS t, true AS present FROM ${outcomes.relation.from}),
due AS (SELECT ${as} - INTERVAL ${q.maxLabelDelayDays} DAY AS cutoff),
j AS (
  SELECT d.t AS dt, o.t AS ot, d.present IS NOT NULL AS has_decision, o.present IS NOT NULL AS has_outcome
  FROM d FULL OUTER JOIN o ON ${on}),
by_decision AS (
  SELECT CAST(date_trunc('week', dt) AS DATE) AS week, count(*) AS decisions, count_if(has_outcome) AS labelled,
    count_if(NOT has_outcome AND dt >= (SELECT cutoff FROM due)) AS pending,
    count_if(NOT has_outcome AND dt < (SELECT cutoff FROM due)) AS overdue
  FROM j WHERE has_decision AND dt IS NOT NULL GROUP BY 1),
by_outcome AS (
  SELECT CAST(date_trunc('week', ot) AS DATE) AS week, count(*) AS outcomes,
    count_if(NOT has_decision) AS orphan_outcomes,
    count_if(ot < dt) AS outcomes_before_decision
  FROM j WHERE has_outcome GROUP BY 1)
SELECT ${sqlLiteral(q.system)} AS system, week,
  coalesce(decisions, 0)::INTEGER AS decisions, coalesce(labelled, 0)::INTEGER AS labelled,
  coalesce(pending, 0)::INTEGER AS pending, coalesce(overdue, 0)::INTEGER AS overdue,
  coalesce(outcomes, 0)::INTEGER AS outcomes, coalesce(orphan_outcomes, 0)::INTEGER AS orphan_outcomes,
  coalesce(outcomes_before_decision, 0)::INTEGER AS outcomes_before_decision,
  (SELECT cutoff FROM due) AS overdue_before
FROM by_decision FULL OUTER JOIN by_outcome USING (week)
ORDER BY week NULLS LAST`;
}

/**
 * integritySql on a sharded engine: the joins are the shards' views (`labelled`: decisions with `_labelled`;
 * `outcomes_decided`: outcomes with `_decided` and `_decided_at`), so each shard counts its own decisions and
 * outcomes per week (an outcome lives on its decision's shard) and the coordinator adds the counts. The cut-off
 * date for overdue is a first small query (the last decision, merged from the shards) unless `asOf` is given.
 */
function partitionedSql(q: QualitySystem, asOf?: string): string {
  const decisions = q.objects[0];
  const {object: outcomes} = q.outcomes!;
  const {labelled, outcomesDecided} = q.relations;
  if (!labelled || !outcomesDecided) throw new Error("integritySql: a sharded system needs its labelled views");
  const partition = decisions.relation.partition;
  const dt = sqlIdentifier(decisions.time!);
  const ot = outcomes.time ? sqlIdentifier(outcomes.time) : undefined;
  const count = (name: string, filter?: string) =>
    ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
  const last = partialAggregateSql({
    relation: decisions.relation,
    keys: [],
    measures: [{name: "t", sql: `max(${dt})`, merge: "max"}]
  });
  const cutoff = `(SELECT cutoff FROM "__due")`;
  const week = (t: string) => ({name: "week", sql: dialectSql.weekStart(q.dialect, `CAST(${t} AS DATE)`)});
  const byDecision = partialAggregateSql({
    relation: {from: labelled, partition},
    where: `${dt} IS NOT NULL`,
    keys: [week(dt)],
    measures: [
      count("decisions"),
      count("labelled", `"_labelled"`),
      count("pending", `NOT "_labelled" AND ${dt} >= ${cutoff}`),
      count("overdue", `NOT "_labelled" AND ${dt} < ${cutoff}`)
    ]
  });
  const byOutcome = partialAggregateSql({
    relation: {from: outcomesDecided, partition},
    keys: [ot ? week(ot) : {name: "week", sql: "CAST(NULL AS DATE)"}],
    measures: [
      count("outcomes"),
      count("orphan_outcomes", `NOT "_decided"`),
      count("outcomes_before_decision", ot ? `${ot} < "_decided_at"` : "false")
    ]
  });
  const as = asOf === undefined ? `(SELECT t FROM (${last}) AS "__last")` : `CAST(${sqlLiteral(asOf)} AS TIMESTAMP)`;
  const n = (c: string) => `CAST(coalesce(${c}, 0) AS INTEGER) AS ${c}`;
  return `WITH "__due" AS (SELECT ${as} - INTERVAL '${q.maxLabelDelayDays} days' AS cutoff),
by_decision AS (${byDecision}),
by_outcome AS (${byOutcome})
SELECT ${sqlLiteral(q.system)} AS system, week, ${n("decisions")}, ${n("labelled")}, ${n("pending")}, ${n("overdue")},
  ${n("outcomes")}, ${n("orphan_outcomes")}, ${n("outcomes_before_decision")}, ${cutoff} AS overdue_before
FROM by_decision FULL OUTER JOIN by_outcome USING (week)
ORDER BY week NULLS LAST`;
}
