import {openDb} from "../db/openDb.js";
import {loadRegistry} from "../models/loadRegistry.js";
import {DEFAULT_REGISTRY} from "../models/registeredScorers.js";
import {workDir} from "../workspace/workDir.js";
import {modelMetricsTable} from "./modelMetricsTable.js";
import {writeModelMetrics} from "./writeModelMetrics.js";

/**
 * The body of the model-metrics.parquet and model-reliability.parquet data loaders: the metrics table of every
 * registered version (models/registry.json) over the ingested systems of workDir(), written as Parquet to stdout
 * (writeModelMetrics); logs and errors to stderr, exit code 1 on failure.
 *
 * @example await runModelMetricsLoader("metrics");
 */
export async function runModelMetricsLoader(kind: "metrics" | "reliability"): Promise<void> {
  const db = await openDb();
  try {
    const log = (message: string) => void process.stderr.write(message + "\n");
    const table = await modelMetricsTable(workDir(), await loadRegistry(DEFAULT_REGISTRY), {db, log});
    await writeModelMetrics(table, kind, {db});
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
