/** One day of one system's operations (see loaders/ops/operationsDailySql.ts for the definitions). */
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

/** The Operations page's payload: daily operations metrics and pipeline loads, aggregates only. */
export interface OperationsReport {
  daily: OperationsDay[];
  loads: PipelineLoad[];
}
