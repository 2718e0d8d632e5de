import assert from "node:assert/strict";
import {rm} from "node:fs/promises";
import {after, before, test} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {defaultReference} from "../../../loaders/system/defaultReference.js";
import {driftSeries} from "../../../loaders/drift/driftSeries.js";
import type {TimeWindow} from "../../../loaders/system/parseWindow.js";
import type {DriftInput} from "../../../loaders/drift/driftInput.js";
import {inWindowSql} from "../../../loaders/drift/windowCounts.js";
import {featureDrift} from "../../../src/lib/drift/featureDrift.js";
import {featureReport} from "../../../src/lib/drift/featureReport.js";
import {driftFixture} from "./fixture.js";

let db: Db;
let dir: string;
let input: DriftInput;

before(async () => {
  db = await openDb({threads: 1});
  let file: string;
  ({dir, file} = await driftFixture(db));
  input = {
    system: "fixture",
    file,
    relation: `read_parquet('${file}')`,
    time: "decided_at",
    columns: {numeric: ["income", "open_accounts", "score"], categorical: ["channel", "housing"]},
    score: "score"
  };
});
after(async () => {
  db.close();
  await rm(dir, {recursive: true, force: true});
});

/** A window's non-null values of a column, read row by row (numbers finite only): what the counts stand for. */
async function rawValues(column: string, type: "numeric" | "categorical", window: TimeWindow) {
  const v = type === "numeric" ? `${column}::DOUBLE` : `${column}::VARCHAR`;
  const rows = await db.all<{v: number | string}>(
    `SELECT ${v} AS v FROM ${input.relation} WHERE ${inWindowSql(input.time, window)} AND ${v} IS NOT NULL`
  );
  return rows.map((r) => r.v).filter((x) => typeof x === "string" || Number.isFinite(x));
}

/** The plain path driftSeries must reproduce: each week's raw values and featureDrift on them. */
async function plainCells(reference: TimeWindow) {
  const weeks = await db.all<{from: string; to: string}>(
    `SELECT DISTINCT strftime(date_trunc('week', decided_at), '%Y-%m-%d') AS "from",
       strftime(date_trunc('week', decided_at) + INTERVAL 7 DAY, '%Y-%m-%d') AS "to"
     FROM ${input.relation} ORDER BY 1`
  );
  const columns = [
    ...input.columns.numeric.map((n) => [n, "numeric"] as const),
    ...input.columns.categorical.map((n) => [n, "categorical"] as const)
  ];
  const cells = [];
  for (const week of weeks) {
    for (const [name, type] of columns) {
      const r = await rawValues(name, type, reference);
      const c = await rawValues(name, type, week);
      if (r.length > 0 && c.length > 0)
        cells.push({
          system: "fixture",
          window_start: week.from,
          role: name === "score" ? "prediction" : "feature",
          ...featureReport(name, featureDrift(type, r as number[] | string[], c as number[] | string[]))
        });
    }
  }
  return cells;
}

test("driftSeries gives exactly featureDrift's results on each week's raw samples (default reference)", async () => {
  const reference = (await defaultReference(db, input.relation, input.time, input.score))!;
  // whole weeks (Monday to Monday): driftSeries takes the reference as the union of its weeks, not another scan
  assert.deepEqual(reference, {from: "2026-01-12", to: "2026-02-09"});
  const series = await driftSeries({db, log: () => {}}, input, reference, 0.3);
  const plain = await plainCells(reference);
  assert.equal(series.cells.length, plain.length);
  assert.ok(plain.some((c) => c.name === "score") && plain.some((c) => c.name === "housing"));
  assert.deepEqual(series.cells, plain);
  // the planted shift (income × 0.6 and channel 'partner' from day 49, 2026-02-23) drifts the last weeks only
  assert.deepEqual(
    series.windows.filter((w) => w.drifted).map((w) => w.window_start),
    ["2026-02-23", "2026-03-02", "2026-03-09"]
  );
});

test("driftSeries with a reference that is not whole weeks matches the plain path too", async () => {
  const reference = {from: "2026-01-08", to: "2026-01-27T12:00:00Z"};
  const series = await driftSeries({db, log: () => {}}, input, reference, 0.3);
  assert.deepEqual(series.cells, await plainCells(reference));
  const incomeBins = series.bins.filter((b) => b.window_start === "2026-01-12" && b.feature === "income");
  assert.equal(incomeBins.length, 10);
  assert.ok(Math.abs(incomeBins.reduce((s, b) => s + b.reference_share, 0) - 1) < 1e-12);
});
