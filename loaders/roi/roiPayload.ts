import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";
import {listSystems} from "../workspace/listSystems.js";
import type {RoiReport} from "../../src/lib/roi/roiReport.js";
import {loadRoiReport} from "./loadRoiReport.js";

/** What the ROI page reads: one report per system that has one, and why the others have none. */
export interface RoiPayload {
  reports: RoiReport[];
  skipped: {system: string; reason: string}[];
}

/**
 * The ROI page's whole payload (a few kilobytes of aggregates, no row of any decision log): loadRoiReport
 * for every ingested system in `dir` (contracts and cost models in `contracts`, default data/contracts). A system without a cost model, or whose data cannot give a report
 * (e.g. fraud-screen: automated from day one, no manual baseline), is listed in `skipped` with the reason.
 *
 * @throws {Error} when `dir` holds no ingested system, or on a DuckDB error
 */
export async function roiPayload(
  effects: {db: Db; log: (message: string) => void},
  dir: string,
  {contracts, ...options}: {contracts?: string; replicates?: number; seed?: number} = {}
): Promise<RoiPayload> {
  const payload: RoiPayload = {reports: [], skipped: []};
  for (const system of listSystems(dir, contracts)) {
    try {
      payload.reports.push(await loadRoiReport(effects, system, options));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      effects.log(`roi ${system.system}: skipped: ${error.message}`);
      payload.skipped.push({system: system.system, reason: error.message});
    }
  }
  return payload;
}
