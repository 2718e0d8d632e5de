// Replay page data: the registered models (ONNX bytes) and a sample of logged decisions without PII (see loaders/models/replayPayload.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {DEFAULT_REGISTRY} from "../../loaders/models/registeredScorers.js";
import {replayPayload} from "../../loaders/models/replayPayload.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  const log = (message: string) => void process.stderr.write(message + "\n");
  process.stdout.write(JSON.stringify(await replayPayload({dataDir: workDir(), registryFile: DEFAULT_REGISTRY}, {db, log})));
} finally {
  db.close();
}
