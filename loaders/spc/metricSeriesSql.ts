import type {SystemRelations} from "../system/System.js";
import {bucketSql} from "./bucketSql.js";
import type {SpcColumns, SpcMetric} from "./spcMetrics.js";

/**
 * SQL for one metric's series: one row per UTC calendar bucket (see bucketSql) with columns
 * `bucket` (VARCHAR, YYYY-MM-DD), `n` and `count` (DOUBLE; null for a value metric) and `value` (DOUBLE;
 * null for a proportion metric), ordered by bucket; buckets with no denominator or no value are dropped.
 * Outcome metrics join decisions to outcomes on the primary key and bucket by decision time; the quarantine
 * metric stacks accepted rows on quarantined ones (kept as text by ingest: their time goes through
 * TRY_CAST to TIMESTAMPTZ, read in UTC, and rows whose time does not parse are left out).
 * `relations` are the system's (System.relations). Decision and outcome metrics are written in the SQL subset DuckDB
 * and PostgreSQL share (test/loaders/sources/sqlDialect.test.ts runs them on both, `read_parquet(...)` replaced by
 * table names); the quarantine metric is DuckDB-only (`TRY_CAST` of text: see docs/scale.md).
 *
 * @throws {Error} `metric <id> needs <source>` when an outcome or quarantine metric lacks its relation
 */
export function metricSeriesSql(
  metric: SpcMetric,
  columns: SpcColumns,
  relations: SystemRelations,
  unit: string
): string {
  const decisions = relations.decisions;
  let from = `(SELECT CAST(${columns.time} AS TIMESTAMP) AS __t, * FROM ${decisions}) AS __d`;
  if (metric.source === "outcomes") {
    if (!relations.outcomes) throw new Error(`metric ${metric.id} needs outcomes`);
    from += ` JOIN ${relations.outcomes} AS __o USING (${columns.key})`;
  }
  if (metric.source === "quarantine") {
    if (!relations.quarantine) throw new Error(`metric ${metric.id} needs quarantine`);
    from = `(SELECT CAST(${columns.time} AS TIMESTAMP) AS __t, 0 AS __q FROM ${decisions}
  UNION ALL SELECT CAST(TRY_CAST(${columns.time} AS TIMESTAMPTZ) AS TIMESTAMP), 1 FROM ${relations.quarantine}) AS __d
WHERE __t IS NOT NULL`;
  }
  const proportion = metric.kind === "proportion";
  return `SELECT ${bucketSql(unit, "__t")} AS bucket,
  ${proportion ? `CAST(${metric.n} AS DOUBLE PRECISION)` : "CAST(NULL AS DOUBLE PRECISION)"} AS n,
  ${proportion ? `CAST(${metric.count} AS DOUBLE PRECISION)` : "CAST(NULL AS DOUBLE PRECISION)"} AS count,
  ${proportion ? "CAST(NULL AS DOUBLE PRECISION)" : `CAST(${metric.value} AS DOUBLE PRECISION)`} AS value
FROM ${from}
GROUP BY 1
HAVING ${proportion ? `(${metric.n}) > 0` : `(${metric.value}) IS NOT NULL`}
ORDER BY 1`;
}
