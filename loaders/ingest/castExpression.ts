/**
 * The DuckDB expression that casts a text value to a contract's physical type, NULL when it does not
 * fit (the value then fails its type check). Stricter than a bare TRY_CAST where that is lenient:
 * - DOUBLE, FLOAT: `nan`, `inf` and `-inf` do not fit (only finite numbers).
 * - BIGINT, INTEGER, SMALLINT, TINYINT: the value must be an integer (TRY_CAST would round "3.7" to 4);
 *   "1e3" and "3.0" fit, "0x10" does not.
 * - TIMESTAMP: parsed as TIMESTAMPTZ and converted to UTC, so "…+02:00" is shifted (TRY_CAST to
 *   TIMESTAMP would silently drop the offset); a value without an offset is UTC (openDb sets TimeZone).
 * - VARCHAR: the text itself; BOOLEAN (true/false/t/f/yes/no/1/0, any case), DATE, DECIMAL: TRY_CAST.
 *
 * @example castExpression('"income"', "DOUBLE") // => 'CASE WHEN isfinite(TRY_CAST("income" AS DOUBLE)) THEN TRY_CAST("income" AS DOUBLE) END'
 */
export function castExpression(value: string, type: string): string {
  switch (type) {
    case "VARCHAR":
      return value;
    case "DOUBLE":
    case "FLOAT":
      return `CASE WHEN isfinite(TRY_CAST(${value} AS ${type})) THEN TRY_CAST(${value} AS ${type}) END`;
    case "BIGINT":
    case "INTEGER":
    case "SMALLINT":
    case "TINYINT":
      return `CASE WHEN TRY_CAST(${value} AS DOUBLE) = TRY_CAST(${value} AS ${type}) THEN TRY_CAST(${value} AS ${type}) END`;
    case "TIMESTAMP":
      return `timezone('UTC', TRY_CAST(${value} AS TIMESTAMPTZ))`;
    default:
      return `TRY_CAST(${value} AS ${type})`;
  }
}
