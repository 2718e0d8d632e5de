/** The SQL dialect an engine speaks; builders branch on it only inside the small functions of dialectSql.ts. */
export type Dialect = "duckdb" | "postgres";

/** A value bound to `$1, $2, ...` in a query (both engines number parameters this way). */
export type SqlParam = string | number | boolean | null;

/**
 * Where the derived tables' SQL runs (the Mosaic `Connector` idea): embedded DuckDB by default, a PostgreSQL
 * server, or a sharded PostgreSQL (a coordinator whose tables are partitioned over postgres_fdw shards).
 * Rows come back as plain JS values, the same for every engine: integers (count(*), BIGINT) as numbers when safe
 * (else their decimal text), NUMERIC as numbers, timestamps as ISO 8601 UTC strings with milliseconds and `Z`,
 * dates as `YYYY-MM-DD`. Every query error is `new Error(message + "\nSQL: " + sql, {cause})`.
 *
 * @example const engine = await openEngine(); const [{n}] = await engine.all<{n: number}>("SELECT 42 AS n"); await engine.close();
 */
export interface Engine {
  readonly dialect: Dialect;
  /** `duckdb`, `postgres` or `sharded-postgres`. */
  readonly kind: "duckdb" | "postgres" | "sharded-postgres";
  /** For messages: the URL without its password, or `duckdb (in memory)`. */
  readonly name: string;
  /** Runs one query and returns its rows as plain objects. */
  all<T = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** Runs one or more statements, discarding any result. */
  run(sql: string, params?: SqlParam[]): Promise<void>;
  /**
   * Streams the rows of a query whose columns are all numbers, never NULL, in chunks of Float64Array columns: an
   * engine that can hand out columns in bulk (DuckDB) says so here; use numericChunks(engine, sql), which falls back
   * to `all` for the others.
   */
  numericChunks?(sql: string): AsyncIterable<Float64Array[]>;
  /** Closes the connection; the engine is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * A table in an engine: what a system's derived tables read. `from` is the SQL FROM item
 * (`read_parquet('<file>')` on DuckDB, `"schema"."table"` on PostgreSQL). `partition` is the column a sharded
 * table is partitioned on: aggregating SQL then groups by it first, so that each shard computes its own partial
 * aggregate (PostgreSQL 15's postgres_fdw pushes an aggregate to a shard only when it groups by the partition key),
 * and merges the partials (see partialAggregateSql); undefined when the engine aggregates in one place.
 */
export interface Relation {
  engine: Engine;
  from: string;
  partition?: string;
}
