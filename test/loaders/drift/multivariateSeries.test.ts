import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {multivariateSeries} from "../../../loaders/drift/multivariateSeries.js";
import {weeklyTables} from "../../../loaders/drift/weeklyTables.js";
import type {MultivariateRow} from "../../../src/lib/drift/driftView.js";
import {fitReconstruction, type FeatureTable} from "../../../src/lib/drift/fitReconstruction.js";
import {reconstructionBand} from "../../../src/lib/drift/reconstructionBand.js";
import {reconstructionError} from "../../../src/lib/drift/reconstructionError.js";
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

test("multivariateSeries read week by week equals the all-weeks-at-once computation, bit for bit", async () => {
  const returned: number[] = [];
  const counting: Db = {
    ...db,
    all: async <T>(sql: string) => {
      const rows = await db.all<T>(sql);
      returned.push(rows.length);
      return rows;
    },
    async *numericChunks(sql: string) {
      let n = 0;
      for await (const chunk of db.numericChunks!(sql)) {
        n += chunk[0].length;
        yield chunk;
      }
      returned.push(n);
    }
  };
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
