/** How the automatic chart treats a result column. */
export type ColumnKind = "temporal" | "numeric" | "categorical" | "other";

/**
 * The kind of a query result column from its type name: an Apache Arrow type as printed by apache-arrow
 * (`Float64`, `Int32`, `Utf8`, `Bool`, `Dictionary<Int32, Utf8>`, `Date32<DAY>`, `Timestamp<MICROSECOND>`, ...) or a
 * DuckDB type (`DOUBLE`, `BIGINT`, `DECIMAL(18,3)`, `VARCHAR`, `DATE`, `TIMESTAMP WITH TIME ZONE`, ...).
 * Dates and timestamps are temporal; integers, floats and decimals numeric; text, booleans and dictionaries
 * (DuckDB ENUMs) categorical; lists, structs, maps, binary, intervals and anything unknown "other" (not charted).
 *
 * @example columnKind("Dictionary<Int32, Utf8>"); // => "categorical"
 */
export function columnKind(type: string): ColumnKind {
  const t = type.trim().toUpperCase();
  if (/^(DATE|TIMESTAMP)/.test(t)) return "temporal";
  if (/^(U?INT(8|16|32|64|EGER)?|FLOAT(16|32|64)?|DOUBLE|REAL|DECIMAL|NUMERIC|U?(TINY|SMALL|BIG|HUGE)INT)\b/.test(t))
    return "numeric";
  if (/^(UTF8|LARGEUTF8|VARCHAR|TEXT|STRING|BOOL|DICTIONARY|ENUM|UUID)/.test(t)) return "categorical";
  return "other";
}
