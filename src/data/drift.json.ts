// Drift page data: weekly drift of every feature and the score of every ingested system (see loaders/drift/driftPage.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {driftPage} from "../../loaders/drift/driftPage.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  const payload = await driftPage({db, log: (message) => void process.stderr.write(message + "\n")}, workDir());
  process.stdout.write(JSON.stringify(payload));
} finally {
  db.close();
}
