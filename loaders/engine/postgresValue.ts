import pg from "pg";

const MAX_DATE_MS = 8.64e15; // the ECMAScript Date range, as in loaders/db/plainValue.ts

/** `2026-01-05 12:34:56.789123`, optionally `+00`/`+05:30`/`-08` (PostgreSQL's ISO output). */
const TIMESTAMP =
  /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/**
 * A PostgreSQL timestamp or timestamptz as DuckDB's rows give it (loaders/db/plainValue.ts): ISO 8601 in UTC with
 * milliseconds and `Z`, microseconds truncated; `infinity`, BC dates and values outside the JS Date range as
 * PostgreSQL's own text. A timestamp without time zone is read as UTC (what ingest writes).
 */
export function postgresTimestamp(text: string): string {
  const m = TIMESTAMP.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, frac = "", sign, oh = "0", om = "0", os = "0"] = m;
  const ms = Number((frac + "000").slice(1, 4));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number(y) < 100) t = new Date(t).setUTCFullYear(Number(y));
  if (sign) t -= (sign === "-" ? -1 : 1) * ((Number(oh) * 60 + Number(om)) * 60 + Number(os)) * 1000;
  return Math.abs(t) <= MAX_DATE_MS ? new Date(t).toISOString() : text;
}

const {builtins} = pg.types;

/**
 * The `pg` type parsers of a PostgreSQL engine: the same plain values DuckDB's rows have. int8 as a number when
 * `Number.isSafeInteger` (else its text, so an id is never rounded), numeric as a number, timestamps via
 * postgresTimestamp, dates as their `YYYY-MM-DD` text; everything else as `pg` parses it (float8 as numbers,
 * booleans, text). Per client, so other `pg` users in the process are not affected.
 */
export const postgresTypes = {
  getTypeParser(oid: number, format?: "text" | "binary"): (value: string) => unknown {
    switch (oid) {
      case builtins.INT8:
        return (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : v);
      case builtins.NUMERIC:
        return Number;
      case builtins.TIMESTAMP:
      case builtins.TIMESTAMPTZ:
        return postgresTimestamp;
      case builtins.DATE:
        return (v) => v;
      default:
        return pg.types.getTypeParser(oid, format ?? "text") as (value: string) => unknown;
    }
  }
};
