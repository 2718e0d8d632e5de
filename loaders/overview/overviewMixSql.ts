import {sqlLiteral} from "../db/sqlLiteral.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {DecisionColumns} from "./decisionColumns.js";

/**
 * SQL for one system's weekly decision mix: decisions per ISO week (Monday, UTC) and final decision,
 * with the decision source, ordered so the Parquet is byte-identical on re-run. On a partitioned (sharded) relation
 * each shard counts its own rows (partialAggregateSql, the week by dialectSql.weekStart) and the counts are added.
 */
export function overviewMixSql(columns: DecisionColumns, decisions: string | Relation): string {
  const {system, time, decisionSource, finalDecision} = columns;
  const relation = typeof decisions === "string" ? undefined : decisions;
  const counts = partialAggregateSql({
    relation: relation ?? {from: decisions as string},
    keys: [
      {
        name: "week",
        sql: relation?.partition
          ? dialectSql.weekStart(relation.engine.dialect, `CAST(${time} AS DATE)`)
          : `CAST(date_trunc('week', ${time}) AS DATE)`
      },
      {name: "final_decision", sql: `CAST(${finalDecision} AS VARCHAR)`},
      {name: "decision_source", sql: `CAST(${decisionSource} AS VARCHAR)`}
    ],
    measures: [{name: "decisions", sql: "count(*)", merge: "sum", type: "BIGINT"}]
  });
  return `SELECT ${sqlLiteral(system)} AS system, week, final_decision, decision_source, CAST(decisions AS INTEGER) AS decisions
FROM (${counts}) AS "__counts"
ORDER BY week, final_decision, decision_source`;
}
