import type {DerivedTable} from "../DerivedTable.js";
import {systemLineage} from "../systemLineage.js";

/** The system's ingest runs (lineageReport: sources, contract, governance, row accounting, checksums), as JSON. */
export const lineage: DerivedTable<{system: string; manifest: string; run: string}> = {
  name: "lineage",
  description: "per ingest manifest: sources, contract, tool, governance, row accounting, outputs re-verified (JSON)",
  columns: {system: "VARCHAR", manifest: "VARCHAR", run: "VARCHAR"},
  async compute(ctx) {
    return (await systemLineage(ctx)).map((run) => ({
      system: run.system,
      manifest: run.manifest,
      run: JSON.stringify(run)
    }));
  }
};
