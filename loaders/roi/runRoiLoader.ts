import {openDb} from "../db/openDb.js";
import {workDir} from "../workspace/workDir.js";
import {roiPayload} from "./roiPayload.js";

/**
 * The body of src/data/roi-report.json.ts: the ROI page's payload (roiPayload over the work directory,
 * 1000 bootstrap replicates, seed 1) as one JSON document on stdout; logs and errors on stderr, exit code 1
 * on failure (Framework then reports the loader as failed).
 *
 * @example await runRoiLoader();
 */
export async function runRoiLoader(dir: string = workDir()): Promise<void> {
  const db = await openDb();
  const log = (message: string) => void process.stderr.write(message + "\n");
  try {
    process.stdout.write(JSON.stringify(await roiPayload({db, log}, dir, {replicates: 1000, seed: 1})));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    db.close();
  }
}
