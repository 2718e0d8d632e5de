import type {PipelineLoad} from "../../../src/lib/operations/OperationsReport.js";
import type {DerivedTable} from "../DerivedTable.js";
import {systemLineage} from "../systemLineage.js";

/** The system's ingest runs from their manifests (lineageReport): rows, duration, speed, memory, checksum errors. */
export const operationsLoads: DerivedTable<PipelineLoad> = {
  name: "operations-loads",
  description:
    "per ingest run (manifest): object, start, rows read, duration, rows per second, peak memory, checksum errors",
  columns: {
    system: "VARCHAR",
    object: "VARCHAR",
    started_at: "VARCHAR",
    rows_read: "DOUBLE",
    duration_s: "DOUBLE",
    rows_per_second: "DOUBLE",
    peak_rss_mb: "DOUBLE",
    checksum_errors: "DOUBLE"
  },
  async compute(ctx) {
    const runs = await systemLineage(ctx);
    return runs.map((r) => ({
      system: r.system,
      object: r.object,
      started_at: r.run.startedAt,
      rows_read: r.rows.read,
      duration_s: r.run.durationMs / 1000,
      rows_per_second: r.run.rowsPerSecond,
      peak_rss_mb: r.run.peakRssMb,
      checksum_errors: r.outputs.filter((o) => o.status !== "ok").length
    }));
  }
};
