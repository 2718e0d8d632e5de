// SPC page data: every SPC metric of every ingested system, per UTC day and ISO week (see loaders/spc/spcSeriesSql.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {writeSpcSeries} from "../../loaders/spc/writeSpcSeries.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  await writeSpcSeries({db, log: (message) => void process.stderr.write(message + "\n")}, {dir: workDir()});
} finally {
  db.close();
}
