import {sqlLiteral} from "../db/sqlLiteral.js";

/** ISO 8601 timestamps ingest accepts (see castExpression): a date, optionally a time, optionally a zone. */
export const TIMESTAMP_GRAMMAR =
  "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?";
/** ISO 8601 calendar dates. */
export const DATE_GRAMMAR = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
/** Epoch milliseconds (a timestamp column with `logicalTypeOptions.format: epoch_ms`). */
export const EPOCH_MS_GRAMMAR = "[+-]?[0-9]{1,15}";

/**
 * Characters DuckDB's casts skip or read leniently that a number in our decimal grammar never contains: the
 * underscore (`1_000` would be 1000) and whitespace (` 12 ` would be 12). Space and tab always; the rarer ones
 * (CR, LF, VT, FF) only when the source holds them at all (`rareWhitespace`), since each check costs ~10 ns a value.
 */
function numberNoise(value: string, rareWhitespace: boolean): string {
  const chars = ["'_'", "' '", "chr(9)", ...(rareWhitespace ? ["chr(10)", "chr(11)", "chr(12)", "chr(13)"] : [])];
  return chars.map((c) => `NOT contains(${value}, ${c})`).join(" AND ");
}

export interface CastOptions {
  /** `epoch_ms`: a TIMESTAMP column holds integer milliseconds since 1970-01-01T00:00:00Z instead of ISO text. */
  format?: string;
  /** The source may hold CR, LF, VT or FF inside a value (see numberNoise); default true (check them). */
  rareWhitespace?: boolean;
}

/**
 * The DuckDB expression that casts a text value to a contract's physical type, NULL when it does not fit (the value
 * then fails its type check). DuckDB's TRY_CAST is lenient in ways that would silently change data, so each type
 * has a documented grammar (docs/ingest.md):
 *
 * - DOUBLE, FLOAT, DECIMAL: a decimal number: optional sign, digits with an optional point, optional exponent
 *   (`-1.5`, `.5`, `1e3`); no whitespace, underscores (`1_000`), hex, `nan` or `inf` (only finite numbers).
 * - BIGINT, INTEGER, SMALLINT, TINYINT: the same, and the value must be an integer in range (`3.0` and `1e3` fit,
 *   `3.7`, `0x10` and `0b101` do not; TRY_CAST would round or read hex and binary).
 * - TIMESTAMP: ISO 8601 text, TIMESTAMP_GRAMMAR: `YYYY-MM-DD`, optionally `T` or a space and `hh:mm[:ss[.fff]]`,
 *   optionally `Z` or an offset `±hh[:mm]`, which is converted to UTC; no zone names and no DuckDB words (`epoch`,
 *   `infinity`, `-infinity`, `allballs`); a value without an offset is UTC. With `format: epoch_ms`: an integer
 *   of milliseconds since 1970-01-01T00:00:00Z, up to 15 digits.
 * - DATE: `YYYY-MM-DD` only (TRY_CAST would read `epoch`, `infinity`, `26-01-01` and drop a time of day).
 * - VARCHAR: the text itself; BOOLEAN (true/false/t/f/yes/no/y/n/1/0, any case): TRY_CAST.
 *
 * @example castExpression('"income"', "DOUBLE", {rareWhitespace: false})
 * // => `CASE WHEN NOT contains("income", '_') AND ... AND isfinite(TRY_CAST("income" AS DOUBLE)) THEN TRY_CAST("income" AS DOUBLE) END`
 */
export function castExpression(value: string, type: string, options: CastOptions = {}): string {
  const {format, rareWhitespace = true} = options;
  const noise = () => numberNoise(value, rareWhitespace);
  switch (type) {
    case "VARCHAR":
      return value;
    case "DOUBLE":
    case "FLOAT":
      return `CASE WHEN ${noise()} AND isfinite(TRY_CAST(${value} AS ${type})) THEN TRY_CAST(${value} AS ${type}) END`;
    case "BIGINT":
    case "INTEGER":
    case "SMALLINT":
    case "TINYINT":
      return `CASE WHEN ${noise()} AND TRY_CAST(${value} AS DOUBLE) = TRY_CAST(${value} AS ${type}) THEN TRY_CAST(${value} AS ${type}) END`;
    case "TIMESTAMP":
      if (format === "epoch_ms")
        return `CASE WHEN regexp_full_match(${value}, ${sqlLiteral(EPOCH_MS_GRAMMAR)}) THEN epoch_ms(TRY_CAST(${value} AS BIGINT)) END`;
      return `CASE WHEN regexp_full_match(${value}, ${sqlLiteral(TIMESTAMP_GRAMMAR)}) THEN timezone('UTC', TRY_CAST(${value} AS TIMESTAMPTZ)) END`;
    case "DATE":
      return `CASE WHEN regexp_full_match(${value}, ${sqlLiteral(DATE_GRAMMAR)}) THEN TRY_CAST(${value} AS DATE) END`;
    default:
      if (type.startsWith("DECIMAL")) return `CASE WHEN ${noise()} THEN TRY_CAST(${value} AS ${type}) END`;
      return `TRY_CAST(${value} AS ${type})`;
  }
}
