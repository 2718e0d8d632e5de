// Models page: the registry, the as-of time of each system and each version's per-group results (see loaders/modelMetrics/modelsPayload.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {modelsPayload} from "../../loaders/modelMetrics/modelsPayload.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  const log = (message: string) => void process.stderr.write(message + "\n");
  process.stdout.write(JSON.stringify(await modelsPayload(workDir(), DEFAULT_REGISTRY, {db, log})));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  db.close();
}
