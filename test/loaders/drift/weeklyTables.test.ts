import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
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

test("weeklyTables gives the rows a plain time-ordered query gives, week by week, categories as text", async () => {
  // decision_id has 14 000 distinct values (> MAX_CODED_CATEGORIES): read as text; channel and housing as codes
  const columns = {numeric: ["income", "score"], categorical: ["decision_id", "channel", "housing"]};
  const tables = await weeklyTables(db, relation, "decided_at", columns);
  const rows = await db.all<{week: string; income: number; score: number | null; id: string; ch: string; h: string}>(
    `SELECT strftime(date_trunc('week', decided_at), '%Y-%m-%d') AS week, income, score, decision_id AS id,
       channel AS ch, housing AS h FROM ${relation} ORDER BY decided_at, decision_id`
  );
  assert.deepEqual([...tables.keys()], [...new Set(rows.map((r) => r.week))]);
  for (const [week, table] of tables) {
    const plain = rows.filter((r) => r.week === week);
    assert.deepEqual(
      Array.from(table.numeric[0].values),
      plain.map((r) => r.income)
    );
    assert.deepEqual(
      Array.from(table.numeric[1].values),
      plain.map((r) => r.score ?? NaN)
    );
    assert.deepEqual(
      table.categorical[0].values,
      plain.map((r) => r.id)
    );
    assert.deepEqual(
      table.categorical[1].values,
      plain.map((r) => r.ch)
    );
    assert.deepEqual(
      table.categorical[2].values,
      plain.map((r) => r.h)
    );
  }
  assert.ok(tables.get("2026-01-05")!.categorical[2].values.includes(null)); // housing's planted nulls stay null
});
