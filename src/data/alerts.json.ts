// Alerts page data: the rules of data/alerts.yaml and their evaluation, as `workbench check` prints it (loaders/alerts/).
import {alertsPayload} from "../../loaders/alerts/alertsPayload.js";
import {openDb} from "../../loaders/db/openDb.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  const log = (message: string) => void process.stderr.write(message + "\n");
  process.stdout.write(JSON.stringify(await alertsPayload({db, log, dir: workDir(), now: new Date()})));
} finally {
  db.close();
}
