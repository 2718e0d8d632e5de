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
  }
};
