import {
  DuckDBDateValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type JS,
  type DuckDBValueConverter
} from "@duckdb/node-api";

const MAX_DATE_MS = 8.64e15; // the ECMAScript Date range, ±100,000,000 days from the epoch

/**
 * Converts one DuckDB value to a plain, JSON-friendly JS value; the converter behind `db.all`.
 *
 * - BIGINT, UBIGINT, HUGEINT, UHUGEINT → `number` when `Number.isSafeInteger`, else the decimal string
 *   (so `count(*)` is a number and a 20-digit id is not silently rounded).
 * - TIMESTAMP, TIMESTAMP_S/_MS/_NS, TIMESTAMPTZ → ISO 8601 string in UTC with milliseconds and `Z`
 *   (`"2026-01-05T12:34:56.000Z"`); microseconds are truncated; `infinity` and values outside the JS
 *   Date range → DuckDB's own text (`"infinity"`).
 * - DATE → `"YYYY-MM-DD"`. DECIMAL → number. Lists, structs and maps are converted recursively.
 * - Everything else as `@duckdb/node-api`'s JS converter does (DOUBLE → number, VARCHAR → string, ...).
 *
 * @example plainValue(new DuckDBTimestampValue(0n), TIMESTAMP, plainValue) // => "1970-01-01T00:00:00.000Z"
 */
export const plainValue: DuckDBValueConverter<unknown> = (value, type, converter) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM: {
      const n = Number(value);
      return Number.isSafeInteger(n) ? n : String(value);
    }
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_NS:
      return isoTimestamp(value);
    case DuckDBTypeId.DATE:
      return value instanceof DuckDBDateValue ? String(value) : null;
    default:
      return JSDuckDBValueConverter(value, type, converter as DuckDBValueConverter<JS>);
  }
};

function isoTimestamp(value: unknown): string {
  let ms: bigint;
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) ms = value.micros / 1000n;
  else if (value instanceof DuckDBTimestampMillisecondsValue) ms = value.millis;
  else if (value instanceof DuckDBTimestampSecondsValue) ms = value.seconds * 1000n;
  else if (value instanceof DuckDBTimestampNanosecondsValue) ms = value.nanos / 1000000n;
  else return String(value);
  const n = Number(ms);
  return Math.abs(n) <= MAX_DATE_MS ? new Date(n).toISOString() : String(value);
}
