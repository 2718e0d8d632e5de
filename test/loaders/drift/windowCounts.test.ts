import assert from "node:assert/strict";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {valueCounts} from "../../../loaders/drift/valueCounts.js";
import {inWindowSql, windowCounts} from "../../../loaders/drift/windowCounts.js";

let db: Db;
let dir: string;
let relation: string;
const windows = [
  {from: "2026-01-01", to: "2026-01-03"},
  {from: "2026-01-02", to: "2026-01-05"} // overlaps the first on 2026-01-02
];

// Keys that one DOUBLE stands for twice (−0 and 0; two BIGINTs above 2^53; one number written two ways in text),
// NaN and ±Infinity (left out), NULLs, a FLOAT, a DECIMAL, categories that are numbers and booleans.
before(async () => {
  db = await openDb();
  dir = await mkdtemp(join(tmpdir(), "window-counts-"));
  const file = join(dir, "rows.parquet");
  await db.run(`COPY (
    SELECT TIMESTAMP '2026-01-01' + to_hours(i) AS t,
      [0.0, -0.0, 1.5, 'NaN'::DOUBLE, 'Infinity'::DOUBLE, '-Infinity'::DOUBLE, NULL, 2.25][1 + i % 8] AS d,
      [9007199254740993, 9007199254740992, 7, NULL][1 + i % 4]::BIGINT AS big,
      [0.1, 0.25, NULL][1 + i % 3]::FLOAT AS f,
      [1.10, 2.25, 1.1][1 + i % 3]::DECIMAL(6, 2) AS dec,
      ['1.0', '1', '-0', '0', 'x', NULL][1 + i % 6] AS txt,
      ['a', 'b', NULL, 'a '][1 + i % 4] AS cat,
      [true, false, NULL][1 + i % 3] AS flag,
      [1.0, -0.0, 0.0][1 + i % 3]::DOUBLE AS num_cat
    FROM range(0, 24 * 5) r(i)) TO '${file}' (FORMAT parquet)`);
  relation = `read_parquet('${file}')`;
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

/**
 * The counts as the column-at-a-time path (valueCounts: GROUP BY window, value per column) makes them, a window at a
 * time (one after the other: one connection streams one result at a time).
 */
async function oneByOne(columns: {numeric: string[]; categorical: string[]}, values: "typed" | "text") {
  const result = [];
  for (const w of windows) {
    const group = `CASE WHEN ${inWindowSql("t", w)} THEN 0 END`;
    result.push((await valueCounts({relation: {engine: db, from: relation}, group, columns, values})).get(0)!);
  }
  return result;
}

test("windowCounts counts every column of every window in one scan as a GROUP BY per window and column does", async () => {
  const columns = {numeric: ["d", "big", "f", "dec"], categorical: ["cat", "flag", "num_cat", "d"]};
  const together = await windowCounts(db, relation, "t", columns, windows);
  assert.deepEqual(together, await oneByOne(columns, "typed"));
  assert.deepEqual(
    together.map((w) => w.rows),
    [48, 72]
  );
  // −0 and 0 are one value; NaN, ±Infinity and NULL are left out
  const d = together[0].numeric.get("d")!;
  assert.deepEqual([...d.values], [0, 1.5, 2.25]);
  assert.deepEqual([...d.counts], [12, 6, 6]);
  assert.ok(!Object.is(d.values[0], -0));
  // two BIGINTs one DOUBLE stands for are one value
  assert.deepEqual([...together[0].numeric.get("big")!.values], [7, 9007199254740992]);
  assert.deepEqual([...together[0].numeric.get("big")!.counts], [12, 24]);
  assert.deepEqual(
    together[0].categorical.get("cat"),
    new Map([
      ["a", 12],
      ["a ", 12],
      ["b", 12]
    ])
  );
});

test("windowCounts on text values: numbers written two ways are one value, text that is no number is left out", async () => {
  const columns = {numeric: ["txt"], categorical: ["txt"]};
  const together = await windowCounts(db, relation, "t", columns, windows, "text");
  assert.deepEqual(together, await oneByOne(columns, "text"));
  assert.deepEqual([...together[1].numeric.get("txt")!.values], [0, 1]);
  assert.deepEqual([...together[1].numeric.get("txt")!.counts], [24, 24]);
});

test("windowCounts: a window without rows, and no columns at all", async () => {
  const empty = {from: "2027-01-01", to: "2027-01-02"};
  const [w, none] = await windowCounts(db, relation, "t", {numeric: ["d"], categorical: ["cat"]}, [windows[0], empty]);
  assert.equal(w.rows, 48);
  assert.deepEqual(none, {rows: 0, numeric: new Map(), categorical: new Map([["cat", new Map()]])});
  const [rows] = await windowCounts(db, relation, "t", {numeric: [], categorical: []}, [windows[1]]);
  assert.deepEqual(rows, {rows: 72, numeric: new Map(), categorical: new Map()});
});
