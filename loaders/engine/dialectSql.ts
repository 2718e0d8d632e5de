import type {Dialect} from "./Engine.js";

/**
 * The SQL constructs that differ between the engines' dialects, one small function each. Everything else the
 * aggregating builders write is the subset DuckDB and PostgreSQL share (see docs/scale.md, "The dialect"):
 * `count(*) FILTER (WHERE ...)`, `CAST(x AS DOUBLE PRECISION)`, `GROUP BY 1, 2`, dates as `CAST(t AS DATE)`.
 *
 * On a sharded PostgreSQL an expression is computed on the shards only if postgres_fdw can ship it: built-in,
 * immutable, and without a collatable argument that does not come from a column. So `date_trunc('week', t)` stays
 * on the coordinator in PostgreSQL 15 (its `'week'` is a text constant), and so do `CAST(d AS VARCHAR)` of a date
 * and `extract(...)` (stable or collatable): the shard-side (partial) half of a query uses these functions instead.
 */
export const dialectSql = {
  /**
   * The Monday (ISO week start) of a DATE expression, as a DATE. DuckDB: `date_trunc('week', d)`. PostgreSQL:
   * date arithmetic from a known Monday (1900-01-01), which postgres_fdw ships: `d - ((d - DATE '1900-01-01') % 7
   * + 7) % 7` (the `+ 7) % 7` keeps dates before 1900 right, since `%` takes the sign of the dividend; the cast to
   * INTEGER lets DuckDB run the same expression).
   *
   * @example dialectSql.weekStart("postgres", "CAST(t AS DATE)") // Monday of t's week
   */
  weekStart(dialect: Dialect, date: string): string {
    if (dialect === "duckdb") return `CAST(date_trunc('week', ${date}) AS DATE)`;
    return `(${date} - CAST((((${date}) - DATE '1900-01-01') % 7 + 7) % 7 AS INTEGER))`;
  },

  /**
   * The first day of the month of a DATE expression, as a DATE. Not shipped by postgres_fdw 15 (text argument):
   * use it on days the shards have already aggregated (partialAggregateSql's key `merge`).
   */
  monthStart(_dialect: Dialect, date: string): string {
    return `CAST(date_trunc('month', ${date}) AS DATE)`;
  },

  /**
   * DuckDB's `hash()` of a system's decision key, on every engine: DuckDB computes it; on PostgreSQL it is the
   * `_key_hash` column shard-load stored (DuckDB's hash, computed when the rows were loaded), so rows dealt by it
   * (e.g. the ROI report's pseudo-desks) are dealt alike. Only for the key the rows were loaded with.
   */
  keyHash(dialect: Dialect, key: string): string {
    return dialect === "duckdb" ? `hash(${key})` : `"_key_hash"`;
  },

  /** A UTC timestamp as ISO 8601 text to the second, `2026-01-05T12:34:56Z` (DuckDB strftime, PostgreSQL to_char). */
  isoSecond(dialect: Dialect, timestamp: string): string {
    if (dialect === "duckdb") return `strftime(${timestamp}, '%Y-%m-%dT%H:%M:%SZ')`;
    return `to_char(${timestamp}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  },

  /**
   * A UTC timestamp literal (`CAST('2026-01-05 00:00:00.000' AS TIMESTAMP)`) from an ISO date or timestamp (UTC unless
   * it carries an offset): immutable, so postgres_fdw sends a comparison with it to the shards (a cast to TIMESTAMPTZ
   * depends on the session's time zone and would be evaluated on the coordinator).
   *
   * @throws {Error} for a string that is not a date
   */
  timestamp(_dialect: Dialect, iso: string): string {
    const ms = Date.parse(
      iso.length === 10 ? `${iso}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso.replace(" ", "T")}Z`
    );
    if (Number.isNaN(ms)) throw new Error(`invalid timestamp: ${iso}`);
    return `CAST('${new Date(ms).toISOString().replace("T", " ").replace("Z", "")}' AS TIMESTAMP)`;
  },

  /**
   * Whole seconds or milliseconds from timestamp `a` to `b` as DuckDB's `date_diff(unit, a, b)` counts them: unit
   * boundaries crossed, i.e. ⌊epoch(b) in units⌋ − ⌊epoch(a) in units⌋ (PostgreSQL: its exact numeric
   * `extract(epoch ...)`, scaled and floored).
   */
  unitsBetween(dialect: Dialect, unit: "second" | "millisecond", a: string, b: string): string {
    if (dialect === "duckdb") return `date_diff('${unit}', ${a}, ${b})`;
    const scaled = (t: string) => `floor(extract(epoch FROM ${t})${unit === "millisecond" ? " * 1000" : ""})`;
    return `(${scaled(b)} - ${scaled(a)})`;
  }
};
