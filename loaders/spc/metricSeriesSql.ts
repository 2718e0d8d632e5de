import {sqlLiteral} from "../db/sqlLiteral.js";
import {bucketSql} from "./bucketSql.js";
import type {SpcColumns, SpcMetric} from "./spcMetrics.js";

/** The Parquet files of one ingested system. */
export interface SystemFiles {
  decisions: string;
  outcomes?: string;
}

/**
 * SQL for one metric's series: one row per UTC calendar bucket (see bucketSql) with columns
 * `bucket` (VARCHAR, YYYY-MM-DD), `n` and `count` (DOUBLE; null for a value metric) and `value` (DOUBLE;
 * null for a proportion metric), ordered by bucket; buckets with no denominator or no value are dropped.
 * Outcome metrics join decisions to outcomes on the primary key and bucket by decision time.
 *
 * @throws {Error} `metric <id> needs outcomes` when an outcome metric has no outcomes file
 */
export function metricSeriesSql(metric: SpcMetric, columns: SpcColumns, files: SystemFiles, unit: string): string {
  let from = `(SELECT CAST(${columns.time} AS TIMESTAMP) AS __t, * FROM read_parquet(${sqlLiteral(files.decisions)})) AS __d`;
  if (metric.source === "outcomes") {
    if (!files.outcomes) throw new Error(`metric ${metric.id} needs outcomes`);
    from += ` JOIN read_parquet(${sqlLiteral(files.outcomes)}) AS __o USING (${columns.key})`;
  }
  const proportion = metric.kind === "proportion";
  return `SELECT ${bucketSql(unit, "__t")} AS bucket,
  ${proportion ? `(${metric.n})::DOUBLE` : "NULL::DOUBLE"} AS n,
  ${proportion ? `(${metric.count})::DOUBLE` : "NULL::DOUBLE"} AS count,
  ${proportion ? "NULL::DOUBLE" : `(${metric.value})::DOUBLE`} AS value
FROM ${from}
GROUP BY 1
HAVING ${proportion ? `(${metric.n}) > 0` : `(${metric.value}) IS NOT NULL`}
ORDER BY 1`;
}
