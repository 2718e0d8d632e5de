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
 * metricSeriesSql), ordered by system, metric, unit and bucket so the Parquet is identical on re-run.
 * Outcome and quarantine metrics are skipped for a system without that file.
 *
 * @throws {Error} `no SPC series` when there is nothing to select
 */
export function spcSeriesSql(systems: readonly SpcSystem[], units: readonly string[]): string {
  const parts: string[] = [];
  for (const {system, columns, metrics, files} of systems)
    for (const metric of metrics) {
      if (metric.source !== "decisions" && !files[metric.source]) continue;
      for (const unit of units)
        parts.push(`SELECT ${sqlLiteral(system)} AS system, ${sqlLiteral(metric.id)} AS metric,
  ${sqlLiteral(metric.label)} AS label, ${sqlLiteral(metric.kind)} AS kind,
  ${sqlLiteral(metric.description)} AS description, ${sqlLiteral(unit)} AS unit, s.*
FROM (${metricSeriesSql(metric, columns, files, unit)}) AS s`);
    }
  if (parts.length === 0) throw new Error("no SPC series");
  return `SELECT * FROM (\n${parts.join("\nUNION ALL\n")}\n) ORDER BY system, metric, unit, bucket`;
}
