import * as aq from "arquero";
import {formatCount} from "../format/formatCount.js";
import {formatDateTime} from "../format/formatDateTime.js";
import {formatMs} from "../format/formatMs.js";
import type {PipelineLoad} from "./OperationsReport.js";

/** A day of operations.json's `daily`: day as an ISO date, rates as shares, latencies in ms. */
export interface OpsDay {
  system: string;
  day: string;
  decisions: number;
  [field: string]: unknown;
}

/**
 * The Operations page's tables for a choice of system ("all systems" or one): the daily series with `day` as a
 * Date (for the charts), each system's last day (for its card), and the loads table with readable columns and units
 * (arquero: the run's start in UTC, rows read, duration, rows per second, peak memory, checksum errors).
 * @example operationsView(ops, "credit-line").last[0].day // => "2026-06-29"
 */
export function operationsView(
  ops: {daily: readonly OpsDay[]; loads: readonly PipelineLoad[]},
  system: string
): {daily: (OpsDay & {date: Date})[]; last: OpsDay[]; loads: Record<string, string>[]} {
  const systems = [...new Set(ops.daily.map((d) => d.system))];
  const daily = ops.daily
    .filter((d) => system === "all systems" || d.system === system)
    .map((d) => ({...d, date: new Date(`${d.day}T00:00:00Z`)}));
  const last = systems.map((s) => ops.daily.filter((d) => d.system === s).at(-1)!).filter(Boolean);
  const loads =
    ops.loads.length === 0
      ? []
      : (aq
          .from(ops.loads.filter((l) => system === "all systems" || l.system === system))
          .derive({
            started: aq.escape((d: PipelineLoad) => formatDateTime(d.started_at, {seconds: true})),
            rows: aq.escape((d: PipelineLoad) => formatCount(d.rows_read)),
            took: aq.escape((d: PipelineLoad) => formatMs(d.duration_s * 1000)),
            speed: aq.escape((d: PipelineLoad) => `${formatCount(d.rows_per_second)} rows/s`),
            memory: aq.escape((d: PipelineLoad) => `${formatCount(d.peak_rss_mb)} MB`),
            checksums: aq.escape((d: PipelineLoad) =>
              d.checksum_errors ? `${d.checksum_errors} mismatched` : "all match"
            )
          })
          .select({
            system: "system",
            object: "object",
            started: "started (UTC)",
            rows: "rows read",
            took: "duration",
            speed: "speed",
            memory: "peak memory",
            checksums: "checksums"
          })
          .objects() as Record<string, string>[]);
  return {daily, last, loads};
}
