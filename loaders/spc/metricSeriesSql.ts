import type {SystemRelations} from "../system/System.js";
import {sourceSeriesSql} from "./sourceSeriesSql.js";
import type {SpcColumns, SpcMetric} from "./spcMetrics.js";

/**
 * SQL for one metric's series: one row per UTC calendar bucket (see bucketSql) with columns
 * `bucket` (VARCHAR, YYYY-MM-DD), `n` and `count` (DOUBLE; null for a value metric) and `value` (DOUBLE;
 * null for a proportion metric), ordered by bucket; buckets with no denominator or no value are dropped.
 * It is sourceSeriesSql for this one metric and unit (see it for the sources: outcome metrics join decisions to
 * outcomes on the primary key, the quarantine metric stacks accepted rows on quarantined ones); spcSeriesSql computes
 * every metric of a source at once instead. `relations` are the system's (System.relations). Decision and outcome
 * metrics are written in the SQL subset DuckDB and PostgreSQL share (test/loaders/sources/sqlDialect.test.ts runs them
 * on both, `read_parquet(...)` replaced by table names); the quarantine metric is DuckDB-only (`TRY_CAST` of text:
 * see docs/scale.md).
 *
 * @throws {Error} `metric <id> needs <source>` when an outcome or quarantine metric lacks its relation
 */
export function metricSeriesSql(
  metric: SpcMetric,
  columns: SpcColumns,
  relations: SystemRelations,
  unit: string
): string {
  return `SELECT bucket, n, count, value FROM (${sourceSeriesSql([metric], columns, relations, [unit])}) AS __s ORDER BY bucket`;
}
