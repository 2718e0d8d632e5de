import type {Engine} from "./Engine.js";

/** A column as DuckDB's DESCRIBE names it. */
export interface DescribedColumn {
  column_name: string;
  /** DuckDB's type name: VARCHAR, DOUBLE, INTEGER, BIGINT, BOOLEAN, TIMESTAMP, DATE, DECIMAL(p,s), ... */
  column_type: string;
}

const DUCKDB_TYPE: Record<string, string> = {
  text: "VARCHAR",
  "character varying": "VARCHAR",
  "double precision": "DOUBLE",
  real: "FLOAT",
  smallint: "SMALLINT",
  integer: "INTEGER",
  bigint: "BIGINT",
  boolean: "BOOLEAN",
  "timestamp without time zone": "TIMESTAMP",
  "timestamp with time zone": "TIMESTAMP WITH TIME ZONE",
  date: "DATE",
  uuid: "UUID"
};

/** DuckDB's name for a PostgreSQL type as `format_type` writes it (numeric(p,s) → DECIMAL(p,s), varchar(n) → VARCHAR, text[] → VARCHAR[]). */
export function duckdbTypeOf(postgresType: string): string {
  if (postgresType.endsWith("[]")) return `${duckdbTypeOf(postgresType.slice(0, -2))}[]`;
  const numeric = /^numeric\((\d+),(\d+)\)$/.exec(postgresType);
  if (numeric) return `DECIMAL(${numeric[1]},${numeric[2]})`;
  if (postgresType === "numeric") return "DOUBLE";
  return DUCKDB_TYPE[postgresType.replace(/\(\d+\)$/, "")] ?? postgresType.toUpperCase();
}

/**
 * The columns of a relation (a table, a `read_parquet(...)`, a parenthesised SELECT) in any engine, in DuckDB's
 * DESCRIBE shape, so code that reads a schema works the same on every engine. PostgreSQL: the columns of a temporary
 * view over the relation (`format_type` names, mapped by duckdbTypeOf); nothing is read.
 *
 * @throws {Error} carrying the SQL when the relation cannot be read
 * @example await describeRelation(engine, '"credit-line"."decisions"') // => [{column_name: "decision_id", column_type: "VARCHAR"}, ...]
 */
export async function describeRelation(
  engine: Pick<Engine, "dialect" | "all" | "run">,
  from: string
): Promise<DescribedColumn[]> {
  if (engine.dialect === "duckdb")
    return (await engine.all<DescribedColumn>(`DESCRIBE SELECT * FROM ${from}`)).map(({column_name, column_type}) => ({
      column_name,
      column_type
    }));
  const view = `"__describe_${process.pid}"`;
  await engine.run(`CREATE OR REPLACE TEMPORARY VIEW ${view} AS SELECT * FROM ${from} AS "__relation"`);
  try {
    const columns = await engine.all<{column_name: string; type: string}>(
      `SELECT attname AS column_name, format_type(atttypid, atttypmod) AS type FROM pg_catalog.pg_attribute
       WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [view]
    );
    return columns.map((c) => ({column_name: c.column_name, column_type: duckdbTypeOf(c.type)}));
  } finally {
    await engine.run(`DROP VIEW IF EXISTS ${view}`);
  }
}
