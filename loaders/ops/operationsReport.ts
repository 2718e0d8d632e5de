import {readContract} from "../contract/readContract.js";
import type {Db} from "../db/openDb.js";
import {lineageReport} from "../governance/lineageReport.js";
import {listSystems} from "../workspace/listSystems.js";
import {operationsDailySql} from "./operationsDailySql.js";

/** One day of one system's operations (see operationsDailySql for the definitions). */
export interface OperationsDay {
  system: string;
  day: string;
  decisions: number;
  errors: number;
  fallbacks: number;
  automated: number;
  success_rate: number;
  fallback_rate: number | null;
  latency_p50: number | null;
  latency_p95: number | null;
  latency_p99: number | null;
  reviews: number;
  queue_peak: number;
  queue_end: number;
  review_hours_mean: number | null;
  review_hours_p95: number | null;
}

/** One pipeline load (an ingest run) from its manifest. */
export interface PipelineLoad {
  system: string;
  object: string;
  started_at: string;
  rows_read: number;
  duration_s: number;
  rows_per_second: number;
  peak_rss_mb: number;
  checksum_errors: number;
}

export interface OperationsReport {
  daily: OperationsDay[];
  loads: PipelineLoad[];
}

/**
 * The Operations page's payload for every system ingested under `dir`: daily metrics (operationsDailySql) and
 * pipeline health per load from the manifests (lineageReport: rows read, duration, rows per second, peak memory,
 * output checksum problems). Aggregates only: no ids, no personal data.
 *
 * @throws {Error} `no ingested system in <dir>`, or a query error with its SQL
 */
export async function operationsReport(db: Db, dir: string): Promise<OperationsReport> {
  const daily: OperationsDay[] = [];
  for (const s of listSystems(dir)) {
    const contract = await readContract(s.contract);
    const rows = await db.all<Omit<OperationsDay, "system">>(operationsDailySql(contract, s.decisions, s.quarantine));
    daily.push(...rows.map((r) => ({system: s.system, ...r})));
  }
  const loads = (await lineageReport(dir)).map((r) => ({
    system: r.system,
    object: r.object,
    started_at: r.run.startedAt,
    rows_read: r.rows.read,
    duration_s: r.run.durationMs / 1000,
    rows_per_second: r.run.rowsPerSecond,
    peak_rss_mb: r.run.peakRssMb,
    checksum_errors: r.outputs.filter((o) => o.status !== "ok").length
  }));
  return {daily, loads};
}
