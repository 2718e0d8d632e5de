// Data quality page: the integrity table of every ingested system (see loaders/quality/writeQualityTable.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {writeQualityTable} from "../../loaders/quality/writeQualityTable.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  await writeQualityTable({db, log: (message) => void process.stderr.write(message + "\n")}, workDir(), "integrity");
} finally {
  db.close();
}
