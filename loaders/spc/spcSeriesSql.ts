import {sqlLiteral} from "../db/sqlLiteral.js";
import type {SystemRelations} from "../system/System.js";
import type {DriftScore} from "./driftScores.js";
import {sourceSeriesSql} from "./sourceSeriesSql.js";
import type {SpcColumns, SpcMetric, SpcSeriesInfo} from "./spcMetrics.js";

/** One system's SPC metrics and relations (spcSystem). */
export interface SpcSystem {
  system: string;
  columns: SpcColumns;
  metrics: SpcMetric[];
  relations: SystemRelations;
  /** The weekly drift-score series (driftScoreMetrics), read from the drift tables (driftScores). */
  drift?: {metrics: SpcSeriesInfo[]};
}

/** The literal columns that describe one series in the page's table. */
function infoSql(system: string, metric: SpcSeriesInfo, unit: string): string {
  const text = (v: string | undefined) => (v === undefined ? "NULL::VARCHAR" : sqlLiteral(v));
  return `${sqlLiteral(system)} AS system, ${sqlLiteral(metric.id)} AS metric,
  ${sqlLiteral(metric.label)} AS label, ${sqlLiteral(metric.kind)} AS kind,
  ${sqlLiteral(metric.description)} AS description, ${text(metric.family?.id)} AS family,
  ${text(metric.family?.label)} AS family_label, ${text(metric.family?.member)} AS member,
  ${metric.threshold === undefined ? "NULL" : `CAST(${sqlLiteral(String(metric.threshold))} AS DOUBLE)`}::DOUBLE AS threshold,
  ${sqlLiteral(unit)} AS unit`;
}

/**
 * SQL for the SPC page's table: every metric of every system in every bucket unit, one row per bucket,
 * with columns system, metric, label, kind, description, family, family_label, member (the family of like
 * series a metric belongs to, e.g. `null_rate` per column, else NULL), threshold (a context level, e.g. the
 * drift threshold, else NULL), unit, bucket, n, count, value (see metricSeriesSql) and automated_from (the
 * system's first UTC day with a decision whose source is not `human`, YYYY-MM-DD: where the page's default
 * baseline starts), ordered by system, metric, unit and bucket so the Parquet is identical on re-run.
 * A system's metrics are computed per source (decisions; decisions joined with outcomes; accepted and quarantined
 * rows) with sourceSeriesSql: one GROUP BY over the source for all its metrics and every unit, materialised once and
 * unpivoted, so the decisions are read once for their metrics, once for automated_from and once each for the outcome
 * and quarantine metrics, however many metrics and units (before 2026-12-08, one GROUP BY per metric and unit: 41
 * reads of the decisions for credit-line's 20 metrics by day and week; the rows are the same, test/loaders/spc/sourceSeriesSql.test.ts).
 * Outcome and quarantine metrics are skipped for a system without that file. The weekly drift scores of a
 * system (`scores`, by system and metric id, as driftScores gives them) are added as value series of unit
 * `week` when `units` has it; their values pass as text literals, so they arrive bit for bit, and
 * non-finite ones are dropped.
 *
 * @throws {Error} `no SPC series` when there is nothing to select
 */
export function spcSeriesSql(
  systems: readonly SpcSystem[],
  units: readonly string[],
  scores: ReadonlyMap<string, ReadonlyMap<string, readonly DriftScore[]>> = new Map()
): string {
  const parts: string[] = [];
  const ctes: string[] = [];
  for (const [i, {system, columns, metrics, relations, drift}] of systems.entries()) {
    const automated = columns.source ? `FILTER (WHERE ${columns.source} <> 'human')` : "";
    ctes.push(`__start${i} AS (SELECT strftime(min(CAST(${columns.time} AS TIMESTAMP)) ${automated}, '%Y-%m-%d') AS automated_from
  FROM ${relations.decisions})`);
    const computed = metrics.filter((m) => m.source === "decisions" || relations[m.source]);
    if (units.length)
      for (const source of new Set(computed.map((m) => m.source))) {
        const series = `__series${i}_${source}`;
        const bySource = computed.filter((m) => m.source === source);
        ctes.push(`${series} AS MATERIALIZED (\n${sourceSeriesSql(bySource, columns, relations, units)}\n)`);
        for (const metric of bySource)
          for (const unit of units)
            parts.push(`SELECT ${infoSql(system, metric, unit)}, s.bucket, s.n, s.count, s.value, __start${i}.automated_from
FROM ${series} AS s, __start${i} WHERE s.metric = ${sqlLiteral(metric.id)} AND s.unit = ${sqlLiteral(unit)}`);
      }
    if (!units.includes("week")) continue;
    for (const metric of drift?.metrics ?? []) {
      const values = (scores.get(system)?.get(metric.id) ?? []).filter((d) => Number.isFinite(d.value));
      if (values.length === 0) continue;
      const rows = values.map((d) => `(${sqlLiteral(d.bucket)}, ${sqlLiteral(String(d.value))})`).join(", ");
      parts.push(`SELECT ${infoSql(system, metric, "week")}, s.bucket, NULL::DOUBLE AS n, NULL::DOUBLE AS count,
  CAST(s.value AS DOUBLE) AS value, __start${i}.automated_from
FROM (VALUES ${rows}) AS s(bucket, value), __start${i}`);
    }
  }
  if (parts.length === 0) throw new Error("no SPC series");
  return `WITH ${ctes.join(",\n")}\nSELECT * FROM (\n${parts.join("\nUNION ALL\n")}\n) ORDER BY system, metric, unit, bucket`;
}
