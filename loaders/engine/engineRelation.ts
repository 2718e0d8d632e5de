import {InputError} from "../cli/errors.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {Engine, Relation} from "./Engine.js";

/**
 * A table of an engine as a Relation. On DuckDB `table` is a Parquet file (or glob), read with `read_parquet`; on
 * PostgreSQL it is `[schema, name]` or a name on the search path, and a partitioned table's single partition-key
 * column becomes `partition` (so aggregates are computed per partition, on the shards of a sharded engine).
 *
 * @throws {InputError} `<engine>: table "s.t" not found`
 * @example await engineRelation(engine, ["credit-line", "decisions"]) // => {engine, from: '"credit-line"."decisions"', partition: "shard"}
 */
export async function engineRelation(engine: Engine, table: string | [string, string]): Promise<Relation> {
  if (engine.dialect === "duckdb") {
    if (typeof table !== "string")
      throw new Error(`engineRelation: a DuckDB relation is a file, not ${table.join(".")}`);
    return {engine, from: `read_parquet(${sqlLiteral(table)})`};
  }
  const from = typeof table === "string" ? sqlIdentifier(table) : table.map(sqlIdentifier).join(".");
  const [found] = await engine.all<{key: string | null}>(
    `SELECT (SELECT a.attname FROM pg_catalog.pg_partitioned_table p
       JOIN pg_catalog.pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
       WHERE p.partrelid = c.oid AND p.partnatts = 1) AS key
     FROM pg_catalog.pg_class c WHERE c.oid = to_regclass($1)`,
    [from]
  );
  if (!found)
    throw new InputError(`table ${JSON.stringify(typeof table === "string" ? table : table.join("."))} not found`, {
      file: engine.name
    });
  return found.key === null ? {engine, from} : {engine, from, partition: found.key};
}
