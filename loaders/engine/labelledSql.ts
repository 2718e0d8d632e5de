import {sqlIdentifier as id} from "../db/sqlIdentifier.js";

/**
 * The decisions with their outcomes: every decision, with the outcome columns it does not already have (null when
 * no outcome arrived) and `_labelled` (whether one did), joined on the key. One statement for every engine: DuckDB reads it over the two Parquet
 * files; on a sharded PostgreSQL it is a view on each shard (decisions and outcomes with the same key share a shard),
 * so the join never leaves the shards.
 *
 * @example labelledSql("read_parquet('d.parquet')", "read_parquet('o.parquet')", ["decision_id"], ["defaulted"])
 * // => SELECT "__d".*, "__o"."defaulted", "__o"."decision_id" IS NOT NULL AS "_labelled" FROM read_parquet('d.parquet') AS "__d" LEFT JOIN read_parquet('o.parquet') AS "__o" ON "__o"."decision_id" = "__d"."decision_id"
 */
export function labelledSql(decisions: string, outcomes: string, key: string[], outcomeColumns: string[]): string {
  if (key.length === 0) throw new Error("labelledSql requires at least 1 key column");
  const on = key.map((k) => `"__o".${id(k)} = "__d".${id(k)}`).join(" AND ");
  const columns = [
    '"__d".*',
    ...outcomeColumns.map((c) => `"__o".${id(c)}`),
    `"__o".${id(key[0])} IS NOT NULL AS "_labelled"`
  ];
  return `SELECT ${columns.join(", ")} FROM ${decisions} AS "__d" LEFT JOIN ${outcomes} AS "__o" ON ${on}`;
}

/**
 * The outcomes with their decision's time: every outcome, `_decided_at` (null for an orphan outcome) and `_decided`
 * (whether its decision exists), joined on the key; on a sharded engine a view on each shard (an outcome lives on its
 * decision's shard), for the integrity checks.
 *
 * @example outcomesDecidedSql('"s"."outcomes"', '"s"."decisions"', ["decision_id"], "decided_at")
 */
export function outcomesDecidedSql(outcomes: string, decisions: string, key: string[], time: string): string {
  if (key.length === 0) throw new Error("outcomesDecidedSql requires at least 1 key column");
  const on = key.map((k) => `"__d".${id(k)} = "__o".${id(k)}`).join(" AND ");
  return `SELECT "__o".*, "__d".${id(time)} AS "_decided_at", "__d".${id(key[0])} IS NOT NULL AS "_decided"
FROM ${outcomes} AS "__o" LEFT JOIN (SELECT ${[...key, time].map(id).join(", ")} FROM ${decisions}) AS "__d" ON ${on}`;
}
