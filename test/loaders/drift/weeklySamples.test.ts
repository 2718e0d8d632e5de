import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {weeklySamples} from "../../../loaders/drift/weeklySamples.js";
import {windowSamples} from "../../../loaders/drift/windowSamples.js";
import {categoryTally} from "../../../src/lib/drift/categoryTally.js";
import {driftFixture} from "./fixture.js";

let db: Db;
let dir: string;
let relation: string;
const columns = {numeric: ["income", "score"], categorical: ["channel", "housing"]};

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

test("weeklySamples holds, week by week, the values windowSamples reads for that week, categories counted", async () => {
  const weeks = await weeklySamples(db, relation, "decided_at", columns);
  // fixture: 70 days from Monday 2026-01-05, 200 rows a day → 10 whole weeks
  assert.deepEqual(
    weeks.map((w) => [w.from, w.rows]),
    Array.from({length: 10}, (_, i) => [new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), 1400])
  );
  assert.equal(weeks[1].to, "2026-01-19");
  for (const week of weeks) {
    const plain = await windowSamples(db, relation, "decided_at", columns, week);
    assert.equal(week.rows, plain.rows);
    for (const c of columns.numeric)
      assert.deepEqual(week.numeric.get(c)!.slice().sort(), plain.numeric.get(c)!.slice().sort(), c);
    for (const c of columns.categorical)
      assert.deepEqual([...week.categorical.get(c)!].sort(), [...categoryTally(plain.categorical.get(c)!)].sort(), c);
  }
  // the first week is manual: no score at all gives an empty sample; housing's nulls are not counted
  assert.equal(weeks[0].numeric.get("score")!.length, 0);
  assert.ok([...weeks[0].categorical.get("housing")!.values()].reduce((a, b) => a + b) < 1400);
});
