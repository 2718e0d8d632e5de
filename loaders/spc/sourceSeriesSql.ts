import {sqlLiteral} from "../db/sqlLiteral.js";
import type {SystemRelations} from "../system/System.js";
import {bucketSql} from "./bucketSql.js";
import type {SpcColumns, SpcMetric} from "./spcMetrics.js";

/** The rows a metric source reads, each with its decision time `__t` (TIMESTAMP). */
function sourceFrom(metric: SpcMetric, columns: SpcColumns, relations: SystemRelations): string {
  const {source} = metric;
  const decisions = `(SELECT CAST(${columns.time} AS TIMESTAMP) AS __t, * FROM ${relations.decisions}) AS __d`;
  if (source === "decisions") return decisions;
  if (!relations[source]) throw new Error(`metric ${metric.id} needs ${source}`);
  if (source === "outcomes") return `${decisions} JOIN ${relations.outcomes} AS __o USING (${columns.key})`;
  return `(SELECT CAST(${columns.time} AS TIMESTAMP) AS __t, 0 AS __q FROM ${relations.decisions}
  UNION ALL SELECT CAST(TRY_CAST(${columns.time} AS TIMESTAMPTZ) AS TIMESTAMP), 1 FROM ${relations.quarantine}) AS __d
WHERE __t IS NOT NULL`;
}

/**
 * SQL for the series of several metrics of one source (every metric's `source` must be the same) in several bucket
 * units, reading the source's rows once: one SELECT computes every metric's aggregates (its `n` and `count`, or its
 * `value`: count(*) FILTER …, percentile_cont … FILTER …) per bucket of every unit, grouped by GROUPING SETS (one
 * set per unit, so one scan feeds them all; a quantile stays exact per bucket, as it is not additive) of the
 * truncated TIMESTAMP (`date_trunc(unit, …)`, labelled by bucketSql once per group, not per row), and the
 * result is unpivoted to one row per metric, unit and bucket, with columns `metric` (the id), `unit`, `bucket`
 * (VARCHAR, YYYY-MM-DD: bucketSql), `n` and `count` (DOUBLE; null for a value metric) and `value` (DOUBLE; null for a
 * proportion metric). A bucket with no denominator (`n` = 0) or no value is dropped, per metric. Rows come in no
 * particular order. The rows are those metricSeriesSql gives each metric and unit (it selects from this SQL).
 * Outcome metrics join decisions to outcomes on the primary key and bucket by decision time; the quarantine metric
 * stacks accepted rows on quarantined ones (kept as text by ingest: their time goes through TRY_CAST to TIMESTAMPTZ,
 * read in UTC, and rows whose time does not parse are left out). Decision and outcome metrics are in the SQL subset
 * DuckDB and PostgreSQL share (GROUPING SETS, GROUPING, FILTER, a MATERIALIZED common table expression:
 * test/loaders/sources/sqlDialect.test.ts runs them on both); the quarantine metric is DuckDB-only (`TRY_CAST`).
 *
 * Before 2026-12-08 each metric and unit was its own GROUP BY over the whole source (40 reads of the decisions for
 * credit-line's 20 metrics by day and week); now it is one per source.
 *
 * @throws {Error} `no metrics` or `no units` when either is empty, `metrics of sources <a>, <b>` when they differ,
 * `metric <id> needs <source>` when an outcome or quarantine metric lacks its relation; InputError for an unknown unit
 * @example sourceSeriesSql(metrics.filter((m) => m.source === "decisions"), columns, relations, ["day", "week"])
 */
export function sourceSeriesSql(
  metrics: readonly SpcMetric[],
  columns: SpcColumns,
  relations: SystemRelations,
  units: readonly string[]
): string {
  if (metrics.length === 0) throw new Error("no metrics");
  if (units.length === 0) throw new Error("no units");
  const sources = [...new Set(metrics.map((m) => m.source))];
  if (sources.length > 1) throw new Error(`metrics of sources ${sources.join(", ")}`);
  // grouped by the truncated TIMESTAMP and labelled per group (bucketSql of the key is the row's label, as truncation
  // is idempotent): 0.42 → 0.33 s of CPU for credit-line's decisions at 1M against grouping by the VARCHAR label
  const keys = units.map((unit) => `date_trunc(${sqlLiteral(unit)}, __t)`);
  const buckets = units.map((unit, i) => bucketSql(unit, keys[i]));
  const grouped = (i: number) => `GROUPING(${keys[i]}) = 0`;
  const which = (values: string[]) =>
    values.length === 1 ? values[0] : `CASE ${values.map((v, i) => `WHEN ${grouped(i)} THEN ${v}`).join(" ")} END`;
  const double = (sql: string | undefined) => `CAST(${sql ?? "NULL"} AS DOUBLE PRECISION)`;
  const aggregates = metrics.map((m, i) =>
    m.kind === "proportion"
      ? `${double(m.n)} AS __n${i}, ${double(m.count)} AS __c${i}`
      : `${double(m.value)} AS __v${i}`
  );
  const rows = metrics.map((m, i) => {
    const proportion = m.kind === "proportion";
    return `SELECT ${sqlLiteral(m.id)} AS metric, __unit AS unit, __bucket AS bucket,
  ${proportion ? `__n${i}` : double(undefined)} AS n, ${proportion ? `__c${i}` : double(undefined)} AS count,
  ${proportion ? double(undefined) : `__v${i}`} AS value
FROM __aggregates WHERE ${proportion ? `__n${i} > 0` : `__v${i} IS NOT NULL`}`;
  });
  return `WITH __aggregates AS MATERIALIZED (
SELECT ${which(units.map((u) => sqlLiteral(u)))} AS __unit, ${which(buckets)} AS __bucket,
  ${aggregates.join(",\n  ")}
FROM ${sourceFrom(metrics[0], columns, relations)}
GROUP BY GROUPING SETS (${keys.map((k) => `(${k})`).join(", ")})
)
${rows.join("\nUNION ALL\n")}`;
}
