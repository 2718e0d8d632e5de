import {dirname} from "node:path";
import {lineageReport, type LineageRun} from "../governance/lineageReport.js";
import type {RefreshContext} from "./DerivedTable.js";

/**
 * The refreshed system's ingest runs with their outputs' checksums re-verified (lineageReport), read once per refresh
 * and shared by the lineage, quality-checksums and operations-loads tables.
 */
export function systemLineage(ctx: RefreshContext): Promise<LineageRun[]> {
  return ctx.once("lineage", async () =>
    (await lineageReport(dirname(ctx.system.paths.dir))).filter((run) => run.system === ctx.system.name)
  );
}
