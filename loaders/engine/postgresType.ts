import {InputError} from "../cli/errors.js";

const SIMPLE: Record<string, string> = {
  VARCHAR: "text",
  BOOLEAN: "boolean",
  TINYINT: "smallint",
  SMALLINT: "smallint",
  INTEGER: "integer",
  BIGINT: "bigint",
  UTINYINT: "smallint",
  USMALLINT: "integer",
  UINTEGER: "bigint",
  UBIGINT: "numeric(20, 0)",
  HUGEINT: "numeric(39, 0)",
  FLOAT: "real",
  DOUBLE: "double precision",
  DATE: "date",
  TIMESTAMP: "timestamp",
  "TIMESTAMP WITH TIME ZONE": "timestamp", // stored in UTC: see postgresType
  UUID: "uuid"
};

/**
 * The PostgreSQL column type for a DuckDB column type, for loading Parquet into PostgreSQL. A TIMESTAMPTZ column is
 * stored as `timestamp` in UTC (shard-load writes it as UTC text): day and week keys over it are then immutable
 * expressions, which postgres_fdw computes on the shards (over a timestamptz they depend on the session's time zone
 * and stay on the coordinator). DECIMAL keeps its precision and scale; a LIST is an array of its element's type.
 *
 * @throws {InputError} `column "x": type T is not supported` for structs, maps and other types
 * @example postgresType("DECIMAL(10,2)", "amount") // => "numeric(10,2)"
 */
export function postgresType(duckdbType: string, column: string): string {
  if (duckdbType.endsWith("[]")) return `${postgresType(duckdbType.slice(0, -2), column)}[]`;
  const simple = SIMPLE[duckdbType];
  if (simple) return simple;
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(duckdbType);
  if (decimal) return `numeric(${decimal[1]},${decimal[2]})`;
  throw new InputError(`column ${JSON.stringify(column)}: type ${duckdbType} is not supported`);
}
