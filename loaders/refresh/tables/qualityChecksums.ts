import type {DerivedTable} from "../DerivedTable.js";
import {systemLineage} from "../systemLineage.js";

/** Every ingest output of the system with its sha256 recomputed against its manifest's (lineageReport). */
export const qualityChecksums: DerivedTable = {
  name: "quality-checksums",
  description: "per ingest manifest and output file: rows, bytes, expected and actual sha256, ok / mismatch / missing",
  columns: {
    system: "VARCHAR",
    manifest: "VARCHAR",
    file: "VARCHAR",
    rows: "BIGINT",
    expected_sha256: "VARCHAR",
    actual_sha256: "VARCHAR",
    bytes: "BIGINT",
    status: "VARCHAR"
  },
  async compute(ctx) {
    const {system, log} = ctx;
    const runs = await systemLineage(ctx);
    const rows = runs.flatMap((run) =>
      run.outputs.map((o) => ({
        system: run.system,
        manifest: run.manifest,
        file: o.file,
        rows: o.rows,
        expected_sha256: o.sha256,
        actual_sha256: o.actualSha256,
        bytes: o.bytes,
        status: o.status
      }))
    );
    log(`checksums ${system.name}: ${rows.filter((r) => r.status !== "ok").length} of ${rows.length} outputs differ`);
    return rows;
  }
};
