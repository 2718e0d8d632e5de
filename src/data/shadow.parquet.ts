// Shadow page rows: every decision scored by both the production and the shadow model, no PII (see loaders/models/shadowPage.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {writeShadowParquet} from "../../loaders/models/shadowPage.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  await writeShadowParquet(workDir(), {db});
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  db.close();
}
