import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {readCoded, weekReader} from "../../../loaders/drift/weekReader.js";
import {weeklyTables} from "../../../loaders/drift/weeklyTables.js";
import type {CodedFeatureTable, FeatureTable} from "../../../src/lib/drift/fitReconstruction.js";
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

test("weekReader.eachCoded: the same rows as read, in typed arrays with categories as codes (−1 missing)", async () => {
  const decoded = (t: CodedFeatureTable): FeatureTable => ({
    numeric: t.numeric.map(({name, values}) => ({name, values: Array.from(values)})),
    categorical: t.categorical.map(({name, codes, categories}) => ({
      name,
      values: Array.from(codes, (c) => (c < 0 ? null : categories[c]))
    }))
  });
  // score is null for the first week (NaN), housing every 50th row (−1); decision_id is read as text, then coded
  for (const categorical of [
    ["channel", "housing"],
    ["decision_id", "housing"]
  ]) {
    const columns = {numeric: ["income", "score"], categorical};
    const reader = await weekReader(db, relation, "decided_at", columns);
    const weeks = ["2026-01-05", "2026-02-09", "2026-01-12"];
    const coded = await readCoded(reader, weeks);
    assert.deepEqual([...coded.keys()], ["2026-01-05", "2026-01-12", "2026-02-09"]);
    const read = await reader.read(weeks);
    for (const [week, table] of coded) {
      assert.equal(table.rows, 1400);
      // in bulk when every category is coded; decision_id's 14 000 values come as text (read's arrays, then coded)
      const bulk = !categorical.includes("decision_id");
      assert.equal(
        table.numeric.every((c) => c.values instanceof Float64Array),
        bulk
      );
      assert.deepEqual(decoded(table), read.get(week));
    }
    assert.ok(Number.isNaN(coded.get("2026-01-05")!.numeric[1].values[0]));
    assert.equal(coded.get("2026-01-05")!.categorical[1].codes[0], -1);
    await assert.rejects(readCoded(reader, ["2026-01-06"]), /unknown week: 2026-01-06/);
    assert.equal((await readCoded(reader, [])).size, 0);
  }
});
