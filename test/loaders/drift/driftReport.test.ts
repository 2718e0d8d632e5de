import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {defaultReference} from "../../../loaders/system/defaultReference.js";
import {driftColumns} from "../../../loaders/drift/driftColumns.js";
import {driftReport} from "../../../loaders/drift/driftReport.js";
import {checkInput} from "../../../loaders/drift/checkInput.js";
import {windowCounts} from "../../../loaders/drift/windowCounts.js";
import {driftFixture} from "./fixture.js";

let db: Db;
let dir: string;
let file: string;
let relation: string;
const log = () => {};

before(async () => {
  db = await openDb();
  ({dir, file} = await driftFixture(db));
  relation = `read_parquet('${file}')`;
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

test("driftColumns classifies columns by DuckDB type and skips the time column", async () => {
  const columns = await driftColumns(db, relation, {file, time: "decided_at"});
  assert.deepEqual(columns, {
    numeric: ["income", "open_accounts", "score"],
    categorical: ["decision_id", "channel", "housing"]
  });
  await assert.rejects(
    driftColumns(db, relation, {file, time: "decided_at", numeric: ["nope"]}),
    (e: unknown) => e instanceof InputError && /field nope: no such column/.test(e.message)
  );
});

test("windowCounts counts a half-open window's values per distinct value, without nulls", async () => {
  const columns = {numeric: ["income", "open_accounts"], categorical: ["housing"]};
  const day = {from: "2026-01-05", to: "2026-01-06"};
  const [w] = await windowCounts(db, relation, "decided_at", columns, [day]);
  assert.equal(w.rows, 200); // exactly day 0: the row at 2026-01-06 00:00 belongs to the next window
  assert.equal(w.numeric.get("income")!.rows, 200);
  const housing = [...w.categorical.get("housing")!.values()].reduce((a, b) => a + b, 0);
  assert.equal(housing, 196); // every 50th row is null
  // the counts are those of the rows, value by value
  const raw = await db.all<{v: number}>(
    `SELECT open_accounts::DOUBLE AS v FROM ${relation} WHERE decided_at >= '2026-01-05' AND decided_at < '2026-01-06'`
  );
  const open = w.numeric.get("open_accounts")!;
  assert.deepEqual(
    Array.from(open.values, (v, k) => [v, open.counts[k]]),
    [...new Set(raw.map((r) => r.v))].sort((a, b) => a - b).map((v) => [v, raw.filter((r) => r.v === v).length])
  );
});

test("windowCounts gives overlapping windows each their own rows, as separate windows would", async () => {
  const columns = {numeric: ["income"], categorical: ["channel"]};
  const a = {from: "2026-01-05", to: "2026-01-19"};
  const b = {from: "2026-01-12", to: "2026-01-26"}; // shares the week of 2026-01-12 with a
  const c = {from: "2026-03-30", to: "2026-04-06"}; // after the log: no rows
  const together = await windowCounts(db, relation, "decided_at", columns, [a, b, c]);
  const alone = [
    ...(await windowCounts(db, relation, "decided_at", columns, [a])),
    ...(await windowCounts(db, relation, "decided_at", columns, [b]))
  ];
  assert.deepEqual(
    together.map((w) => w.rows),
    [2800, 2800, 0]
  );
  assert.deepEqual(together.slice(0, 2), alone);
  assert.equal(together[2].numeric.size, 0);
  assert.deepEqual(together[2].categorical.get("channel"), new Map());
});

test("the planted drift is flagged and a quiet window is not", async () => {
  const columns = {numeric: ["income", "open_accounts"], categorical: ["channel", "housing"]};
  const reference = {from: "2026-01-12", to: "2026-02-09"};
  const quiet = await driftReport(
    {db, log},
    {file, relation, time: "decided_at", columns, reference, current: {from: "2026-02-09", to: "2026-02-16"}}
  );
  const drifted = await driftReport(
    {db, log},
    {file, relation, time: "decided_at", columns, reference, current: {from: "2026-02-23", to: "2026-03-02"}}
  );
  assert.equal(quiet.reference.rows, 28 * 200);
  assert.equal(quiet.current.rows, 7 * 200);
  assert.deepEqual(
    quiet.features.map((f) => [f.name, f.test, f.drifted]),
    [
      ["income", "wasserstein", false],
      ["open_accounts", "wasserstein", false],
      ["channel", "jensenshannon", false],
      ["housing", "jensenshannon", false]
    ]
  );
  assert.equal(quiet.dataset_drift.drifted, false);
  assert.deepEqual(
    drifted.features.map((f) => [f.name, f.drifted]),
    [
      ["income", true],
      ["open_accounts", false],
      ["channel", true],
      ["housing", false]
    ]
  );
  assert.equal(drifted.dataset_drift.share, 0.5);
  assert.equal(drifted.dataset_drift.drifted, true);
  const income = drifted.features[0];
  assert.ok(income.ks && income.ks.pvalue < 1e-10 && income.chi2 === null && income.wasserstein! > 0);
  const channel = drifted.features[2];
  assert.ok(channel.chi2 && channel.chi2.dof === 3 && channel.ks === null && channel.wasserstein === null);
});

test("an empty window is a clear InputError", async () => {
  const columns = {numeric: ["income"], categorical: []};
  await assert.rejects(
    driftReport(
      {db, log},
      {
        file,
        relation,
        time: "decided_at",
        columns,
        reference: {from: "2025-01-01", to: "2025-02-01"},
        current: {from: "2026-01-12", to: "2026-01-19"}
      }
    ),
    /no rows in reference window \[2025-01-01, 2025-02-01\)/
  );
  await assert.rejects(
    driftReport(
      {db, log},
      {
        file,
        relation,
        time: "decided_at",
        columns: {numeric: ["score"], categorical: []},
        reference: {from: "2026-01-05", to: "2026-01-12"},
        current: {from: "2026-01-12", to: "2026-01-19"}
      }
    ),
    /field score: no non-null value in the reference window/
  );
});

test("defaultReference starts at the first Monday with a score and spans 4 weeks", async () => {
  assert.deepEqual(await defaultReference(db, relation, "decided_at", "score"), {from: "2026-01-12", to: "2026-02-09"});
  assert.deepEqual(await defaultReference(db, relation, "decided_at"), {from: "2026-01-05", to: "2026-02-02"});
});

test("checkInput names the row and field of a bad time or number", async () => {
  const bad = `(SELECT * FROM (VALUES ('2026-01-01', '1.5'), ('yesterday', '2'), ('2026-01-02', 'x')) t(t, x))`;
  await assert.rejects(
    checkInput(db, bad, "f.csv", "t", {numeric: ["x"], categorical: []}),
    (e: unknown) => e instanceof InputError && e.message === 'f.csv:2: field t: not a timestamp "yesterday"'
  );
  const badNumber = `(SELECT * FROM (VALUES ('2026-01-01', '1.5'), ('2026-01-02', 'x')) t(t, x))`;
  await assert.rejects(
    checkInput(db, badNumber, "f.csv", "t", {numeric: ["x"], categorical: []}),
    (e: unknown) => e instanceof InputError && e.message === 'f.csv:2: field x: not a number "x"'
  );
});
