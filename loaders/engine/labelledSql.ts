import {sqlIdentifier as id} from "../db/sqlIdentifier.js";

/**
 * The decisions with their outcomes: every decision, with the outcome columns it does not already have (null when
 * no outcome arrived), joined on the key. One statement for every engine: DuckDB reads it over the two Parquet
 * files; on a sharded PostgreSQL it is a view on each shard (decisions and outcomes with the same key share a shard),
 * so the join never leaves the shards.
 *
 * @example labelledSql("read_parquet('d.parquet')", "read_parquet('o.parquet')", ["decision_id"], ["defaulted"])
 * // => SELECT "__d".*, "__o"."defaulted" FROM read_parquet('d.parquet') AS "__d" LEFT JOIN read_parquet('o.parquet') AS "__o" ON "__o"."decision_id" = "__d"."decision_id"
 */
export function labelledSql(decisions: string, outcomes: string, key: string[], outcomeColumns: string[]): string {
  if (key.length === 0) throw new Error("labelledSql requires at least 1 key column");
  const on = key.map((k) => `"__o".${id(k)} = "__d".${id(k)}`).join(" AND ");
  const columns = ['"__d".*', ...outcomeColumns.map((c) => `"__o".${id(c)}`)];
  return `SELECT ${columns.join(", ")} FROM ${decisions} AS "__d" LEFT JOIN ${outcomes} AS "__o" ON ${on}`;
}
