import type {LogicalType} from "./Contract.js";

const ALIASES: Record<string, string> = {
  VARCHAR: "VARCHAR",
  TEXT: "VARCHAR",
  STRING: "VARCHAR",
  DOUBLE: "DOUBLE",
  FLOAT8: "DOUBLE",
  FLOAT: "FLOAT",
  FLOAT4: "FLOAT",
  REAL: "FLOAT",
  BIGINT: "BIGINT",
  INT8: "BIGINT",
  LONG: "BIGINT",
  INTEGER: "INTEGER",
  INT: "INTEGER",
  INT4: "INTEGER",
  SMALLINT: "SMALLINT",
  INT2: "SMALLINT",
  TINYINT: "TINYINT",
  INT1: "TINYINT",
  BOOLEAN: "BOOLEAN",
  BOOL: "BOOLEAN",
  TIMESTAMP: "TIMESTAMP",
  DATETIME: "TIMESTAMP",
  DATE: "DATE"
};

const DEFAULTS: Record<LogicalType, string> = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMP",
  date: "DATE"
};

const COMPATIBLE: Record<LogicalType, (type: string) => boolean> = {
  string: (t) => t === "VARCHAR",
  number: (t) => t === "DOUBLE" || t === "FLOAT" || t.startsWith("DECIMAL"),
  integer: (t) => ["BIGINT", "INTEGER", "SMALLINT", "TINYINT"].includes(t),
  boolean: (t) => t === "BOOLEAN",
  timestamp: (t) => t === "TIMESTAMP",
  date: (t) => t === "DATE"
};

/**
 * The DuckDB type a column is cast to, from its ODCS `logicalType` and optional `physicalType`.
 * Without a physicalType: string→VARCHAR, number→DOUBLE, integer→BIGINT, boolean→BOOLEAN,
 * timestamp→TIMESTAMP, date→DATE. A physicalType is case-insensitive, may be a common alias
 * (TEXT, INT, BOOL, REAL, DATETIME, ...) and is returned in DuckDB's canonical spelling.
 *
 * @throws {Error} `unknown physical type "X"` or `physical type X does not fit logical type Y`
 * @example physicalType("integer", "int") // => "INTEGER"
 */
export function physicalType(logicalType: LogicalType, declared?: string): string {
  if (declared === undefined) return DEFAULTS[logicalType];
  const upper = declared.trim().toUpperCase();
  const decimal = /^(?:DECIMAL|NUMERIC)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(upper);
  let type: string | undefined;
  if (decimal) {
    const [p, s] = [Number(decimal[1]), Number(decimal[2])];
    if (p >= 1 && p <= 38 && s <= p) type = `DECIMAL(${p},${s})`;
  } else type = ALIASES[upper];
  if (type === undefined) throw new Error(`unknown physical type ${JSON.stringify(declared)}`);
  if (!COMPATIBLE[logicalType](type)) throw new Error(`physical type ${type} does not fit logical type ${logicalType}`);
  return type;
}
