import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {engineMultivariateSeries} from "../../../loaders/drift/engineMultivariateSeries.js";
import {multivariateSeries} from "../../../loaders/drift/multivariateSeries.js";
import {weeklyTables} from "../../../loaders/drift/weeklyTables.js";
import type {MultivariateRow} from "../../../src/lib/drift/driftView.js";
import {codedChunks, fitReconstruction, type FeatureTable} from "../../../src/lib/drift/fitReconstruction.js";
import {reconstructionBand} from "../../../src/lib/drift/reconstructionBand.js";
import {reconstructionError, rowErrors} from "../../../src/lib/drift/reconstructionError.js";
import {reconstructionSql} from "../../../loaders/drift/reconstructionSql.js";
import {driftFixture} from "./fixture.js";

let db: Db;
let dir: string;
let relation: string;
const columns = {numeric: ["income", "open_accounts"], categorical: ["channel", "housing"]};
const reference = {from: "2026-01-05", to: "2026-02-02"};

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

/** The implementation before week-at-a-time reading, kept here only as the reference: every week in memory at once. */
async function allAtOnce(): Promise<MultivariateRow[]> {
  const weeks = await weeklyTables(db, relation, "decided_at", columns);
  const refWeeks = [...weeks.keys()].filter(
    (w) => w >= reference.from && Date.parse(w) + 7 * 86_400_000 <= Date.parse(reference.to)
  );
  const size = (t: FeatureTable) => t.numeric[0].values.length;
  const refTable: FeatureTable = {
    numeric: columns.numeric.map((name, i) => ({
      name,
      values: refWeeks.flatMap((w) => Array.from(weeks.get(w)!.numeric[i].values))
    })),
    categorical: columns.categorical.map((name, i) => ({
      name,
      values: refWeeks.flatMap((w) => weeks.get(w)!.categorical[i].values)
    }))
  };
  const model = fitReconstruction(refTable);
  const rowStd = reconstructionError(model, refTable).std;
  const errors = new Map([...weeks].map(([w, t]) => [w, {rows: size(t), error: reconstructionError(model, t).mean}]));
  const refErrors = refWeeks.map((w) => errors.get(w)!.error);
  return [...errors].map(([week, {rows, error}]) => {
    const i = refWeeks.indexOf(week);
    const band = reconstructionBand(i < 0 ? refErrors : refErrors.filter((_, j) => j !== i), rowStd, rows);
    return {
      system: "s",
      window_start: week,
      rows,
      error,
      reference: i >= 0,
      mean: band.mean,
      lower: band.lower,
      upper: band.upper,
      drifted: error < band.lower || error > band.upper,
      components: model.components.length,
      explained: model.kept
    };
  });
}

/** The test's db, pushing the rows each query returns on `returned` (numericChunks' too when `chunks`). */
function countingDb(returned: number[], {chunks}: {chunks: boolean}): Db {
  const spy: Db = {
    ...db,
    all: async <T>(sql: string) => {
      const rows = await db.all<T>(sql);
      returned.push(rows.length);
      return rows;
    }
  };
  if (chunks)
    spy.numericChunks = async function* (sql: string) {
      let n = 0;
      for await (const chunk of db.numericChunks!(sql)) {
        n += chunk[0].length;
        yield chunk;
      }
      returned.push(n);
    };
  return spy;
}

test("multivariateSeries read week by week equals the all-weeks-at-once computation, bit for bit", async () => {
  const returned: number[] = [];
  const counting = countingDb(returned, {chunks: true});
  const rows = await multivariateSeries(
    {db: counting, log: () => {}},
    {system: "s", relation, time: "decided_at", columns},
    reference
  );
  const expected = await allAtOnce();
  assert.deepEqual(rows, expected);
  assert.equal(rows.length, 10); // 70 days from a Monday: 10 weeks
  assert.ok(rows.slice(7).some((r) => r.drifted)); // the planted drift (days 49–69) shows in the last three weeks
  // after the head (1 row: the weeks with their sizes, and the categories), every week in one scan (14,000 rows),
  // handed on a week at a time: the 4 reference weeks fitted once the last of them is in, the 6 others scored as read
  assert.deepEqual(returned, [1, 14000]);
});

/** Rows equal: counts, flags and weeks exactly, doubles to `tolerance` relative. */
function assertClose(actual: MultivariateRow[], expected: MultivariateRow[], tolerance: number) {
  assert.equal(actual.length, expected.length);
  actual.forEach((row, i) => {
    for (const [key, want] of Object.entries(expected[i])) {
      const got = row[key as keyof MultivariateRow];
      if (typeof want === "number" && !Number.isInteger(want))
        assert.ok(
          Math.abs((got as number) - want) <= tolerance * Math.abs(want),
          `${row.window_start} ${key}: ${got} != ${want}`
        );
      else assert.equal(got, want, `${row.window_start} ${key}`);
    }
  });
}

test("engineMultivariateSeries from the engine's sums equals the all-rows computation to 1e-12, and only sums cross", async () => {
  const returned: number[] = [];
  const counting = countingDb(returned, {chunks: false});
  const rows = await engineMultivariateSeries(
    {db: counting, log: () => {}},
    {system: "s", relation, time: "decided_at", columns},
    reference
  );
  const expected = await allAtOnce();
  assertClose(rows, expected, 1e-12);
  assert.equal(rows.length, 10); // 70 days from a Monday: 10 weeks
  assert.ok(rows.slice(7).some((r) => r.drifted)); // the planted drift (days 49–69) shows in the last three weeks
  // the weeks (10 rows); over the 4 reference weeks: the counts and sums (1 row), channel's 3 and housing's 3
  // categories and its missing (4 rows), Σ(x − mean)² (1 row), Σz and Σzᵢzⱼ (1 row); Σe per week (10), Σe² (1)
  assert.deepEqual(returned, [10, 1, 3, 4, 1, 1, 10, 1]);
});

test("engineMultivariateSeries does not depend on the rows' order or DuckDB's threads (exact sums: the same bits)", async () => {
  const shuffled = join(dir, "shuffled.parquet");
  await db.run(`COPY (SELECT * FROM ${relation} ORDER BY hash(decision_id)) TO '${shuffled}' (FORMAT parquet)`);
  const threaded = await openDb({threads: 4});
  try {
    const run = (on: Db, from: string) =>
      multivariateSeries(
        {db: on, log: () => {}},
        {system: "s", relation: from, time: "decided_at", columns},
        reference
      );
    const once = await run(db, relation);
    assert.deepEqual(await run(threaded, `read_parquet('${shuffled}')`), once);
    assert.deepEqual(await run(db, `read_parquet('${shuffled}')`), once);
  } finally {
    threaded.close();
  }
});

test("reconstructionSql.standardisedRows: each row's error as rowErrors computes it (to 1e-13, relative above 1)", async () => {
  const weeks = await weeklyTables(db, relation, "decided_at", columns);
  const table = [...weeks.values()][0];
  const model = fitReconstruction(table);
  const got = await db.all<{e: number}>(
    `SELECT "__e2" AS e FROM ${reconstructionSql.standardisedRows(model, columns, relation)} WHERE decided_at < TIMESTAMP '2026-01-12' ORDER BY decided_at`
  );
  const expected = rowErrors(model, codedChunks(table));
  assert.equal(got.length, expected.length);
  got.forEach(({e}, i) =>
    assert.ok(Math.abs(Math.sqrt(e) - expected[i]) <= 1e-13 * Math.max(1, expected[i]), `row ${i}`)
  );
});
