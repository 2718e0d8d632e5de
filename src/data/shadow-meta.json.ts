// Shadow page metadata: model pairs, segments and replayed inference latency per system (see loaders/models/shadowPage.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {shadowMeta} from "../../loaders/models/shadowPage.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  const log = (message: string) => void process.stderr.write(message + "\n");
  process.stdout.write(JSON.stringify(await shadowMeta(workDir(), DEFAULT_REGISTRY, {db, log})));
} finally {
  db.close();
}
