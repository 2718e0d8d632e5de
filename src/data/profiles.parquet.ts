// Explore page: per-day and per-week profile summaries of every system's features and score (see loaders/profile/siteProfiles.ts).
import {openDb} from "../../loaders/db/openDb.js";
import {siteProfiles} from "../../loaders/profile/siteProfiles.js";
import {workDir} from "../../loaders/workspace/workDir.js";

const db = await openDb();
try {
  await siteProfiles({db, log: (message) => void process.stderr.write(message + "\n")}, workDir());
} finally {
  db.close();
}
