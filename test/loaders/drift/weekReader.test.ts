import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {weekReader} from "../../../loaders/drift/weekReader.js";
import {weeklyTables} from "../../../loaders/drift/weeklyTables.js";
import {driftFixture} from "./fixture.js";

let db: Db;
let dir: string;
let relation: string;

before(async () => {
  db = await openDb({threads: 1});
  let file: string;
  ({dir, file} = await driftFixture(db));
  relation = `read_parquet('${file}')`;
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

test("weekReader lists the weeks and reads any of them as weeklyTables reads them all at once", async () => {
  // decision_id has 14 000 distinct values (> MAX_CODED_CATEGORIES): read as text; channel and housing as codes
  const columns = {numeric: ["income", "score"], categorical: ["decision_id", "channel", "housing"]};
  const all = await weeklyTables(db, relation, "decided_at", columns);
  const reader = await weekReader(db, relation, "decided_at", columns);
  // 70 days from Monday 2026-01-05: 10 weeks
  assert.deepEqual(reader.weeks, [...all.keys()]);
  assert.equal(reader.weeks.length, 10);
  for (const week of reader.weeks) assert.deepEqual(await reader.read([week]), new Map([[week, all.get(week)]]));
  const some = await reader.read(["2026-02-09", "2026-01-12"]);
  assert.deepEqual([...some.keys()], ["2026-01-12", "2026-02-09"]); // in time order, whatever the asked order
  assert.deepEqual((await reader.read([])).size, 0);
  await assert.rejects(reader.read(["2026-01-06"]), /unknown week: 2026-01-06/);
});
