import type {ModelEntry} from "../../src/lib/replay/modelEntry.js";
import type {Db} from "../db/openDb.js";
import {loadRegistry} from "../models/loadRegistry.js";
import {modelMetricsTable, type GroupTableRow} from "./modelMetricsTable.js";

/** What the Models page needs besides the metrics: the registry and each version's per-group results. */
export interface ModelsPayload {
  /** Per system, the last decision time (the as-of of every live metric). */
  as_of: Record<string, string>;
  /** Every registered version, as in the registry file (ONNX bytes not included). */
  models: ModelEntry[];
  /** Per version and protected group: ROC AUC, selection rate and bad rate over its live decisions. */
  groups: GroupTableRow[];
}

/**
 * The Models page's JSON: the validated registry (loadRegistry), the as-of time of each ingested system and the
 * per-group results of every version that scored live decisions (modelMetricsTable with no monthly or weekly
 * windows). Versions in registry order.
 *
 * @throws {InputError} for an invalid registry or unusable ingested data
 * @example process.stdout.write(JSON.stringify(await modelsPayload(workDir(), DEFAULT_REGISTRY, {db, log})));
 */
export async function modelsPayload(
  dataDir: string,
  registryFile: string,
  {db, log}: {db: Db; log: (message: string) => void}
): Promise<ModelsPayload> {
  const registry = await loadRegistry(registryFile);
  const table = await modelMetricsTable(dataDir, registry, {db, log}, {granularities: []});
  return {as_of: table.as_of, models: registry.models, groups: table.groups};
}
