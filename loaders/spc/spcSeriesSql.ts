import {sqlLiteral} from "../db/sqlLiteral.js";
import {metricSeriesSql, type SystemFiles} from "./metricSeriesSql.js";
import type {SpcColumns, SpcMetric} from "./spcMetrics.js";

/** One system's metrics and files, as spcMetrics and listSystems give them. */
export interface SpcSystem {
  system: string;
  columns: SpcColumns;
  metrics: SpcMetric[];
  files: SystemFiles;
}

/**
 * SQL for the SPC page's table: every metric of every system in every bucket unit, one row per bucket,
 * with columns system, metric, label, kind, description, unit, bucket, n, count, value (see
 * metricSeriesSql) and automated_from (the system's first UTC day with a decision whose source is not
 * `human`, YYYY-MM-DD: where the page's default baseline starts), ordered by system, metric, unit and
 * bucket so the Parquet is identical on re-run.
 * Outcome and quarantine metrics are skipped for a system without that file.
 *
 * @throws {Error} `no SPC series` when there is nothing to select
 */
export function spcSeriesSql(systems: readonly SpcSystem[], units: readonly string[]): string {
  const parts: string[] = [];
  const starts: string[] = [];
  for (const [i, {system, columns, metrics, files}] of systems.entries()) {
    const automated = columns.source ? `FILTER (WHERE ${columns.source} <> 'human')` : "";
    starts.push(`__start${i} AS (SELECT strftime(min(CAST(${columns.time} AS TIMESTAMP)) ${automated}, '%Y-%m-%d') AS automated_from
  FROM read_parquet(${sqlLiteral(files.decisions)}))`);
    for (const metric of metrics) {
      if (metric.source !== "decisions" && !files[metric.source]) continue;
      for (const unit of units)
        parts.push(`SELECT ${sqlLiteral(system)} AS system, ${sqlLiteral(metric.id)} AS metric,
  ${sqlLiteral(metric.label)} AS label, ${sqlLiteral(metric.kind)} AS kind,
  ${sqlLiteral(metric.description)} AS description, ${sqlLiteral(unit)} AS unit, s.*, __start${i}.automated_from
FROM (${metricSeriesSql(metric, columns, files, unit)}) AS s, __start${i}`);
    }
  }
  if (parts.length === 0) throw new Error("no SPC series");
  return `WITH ${starts.join(",\n")}\nSELECT * FROM (\n${parts.join("\nUNION ALL\n")}\n) ORDER BY system, metric, unit, bucket`;
}
