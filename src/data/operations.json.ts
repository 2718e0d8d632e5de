// Operations page data: daily operations metrics and pipeline loads, aggregates only (loaders/ops/operationsReport.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {operationsReport} from "../../loaders/ops/operationsReport.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  process.stdout.write(JSON.stringify(await operationsReport(db, workDir())));
} finally {
  db.close();
}
