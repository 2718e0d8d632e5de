// SPC page data: every SPC metric of every ingested system (rates, KPIs, null rate per optional column) per UTC day
// and ISO week, and the weekly drift scores of the drift loaders (see loaders/spc/spcSeriesSql.ts, writeSpcSeries.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {writeSpcSeries} from "../../loaders/spc/writeSpcSeries.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  await writeSpcSeries({db, log: (message) => void process.stderr.write(message + "\n")}, {dir: workDir()});
} finally {
  db.close();
}
