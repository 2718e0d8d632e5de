import assert from "node:assert/strict";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {labelSeries} from "../../../loaders/drift/labelSeries.js";
import {multivariateSeries} from "../../../loaders/drift/multivariateSeries.js";
import type {System} from "../../../loaders/system/System.js";

// Six ISO weeks from Monday 2026-01-05, 700 rows each (one every 14.4 minutes). b follows a (b = 2a + noise) except
// in week 6, where it follows −a: the marginals of a and b hardly move but their joint distribution does.
// Deterministic "noise" from sin/cos of the row number.
describe("multivariateSeries and labelSeries", () => {
  let db: Db;
  let dir: string;
  let decisions: string;
  let outcomes: string;
  const reference = {from: "2026-01-05", to: "2026-02-02"};
  before(async () => {
    db = await openDb();
    dir = await mkdtemp(join(tmpdir(), "multivariate-"));
    decisions = join(dir, "decisions.parquet");
    outcomes = join(dir, "outcomes.parquet");
    await db.run(`COPY (
      SELECT printf('D%05d', i) AS id, TIMESTAMP '2026-01-05' + INTERVAL (i * 864) SECOND AS t,
        10 * sin(i * 1.3) AS a,
        CASE WHEN i >= 3500 THEN -2 ELSE 2 END * 10 * sin(i * 1.3) + 3 * cos(i * 7.1) AS b,
        5 * cos(i * 2.9) AS c,
        ['x', 'y', 'z'][1 + i % 3] AS k
      FROM range(4200) r(i)) TO ${sqlLiteral(decisions)} (FORMAT parquet)`);
    // outcomes for every other decision; the label is true for 1 in 10 in weeks 1–5 and 1 in 2 in week 6
    await db.run(`COPY (
      SELECT printf('D%05d', i) AS id, TIMESTAMP '2026-03-01' AS observed_at,
        CASE WHEN i >= 3500 THEN i % 4 = 0 ELSE i % 20 = 0 END AS bad
      FROM range(0, 4200, 2) r(i)) TO ${sqlLiteral(outcomes)} (FORMAT parquet)`);
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  it("flags the week whose correlation broke, judging reference weeks leave-one-out", async () => {
    const rows = await multivariateSeries(
      {db, log: () => {}},
      {
        system: "s",
        relation: `read_parquet(${sqlLiteral(decisions)})`,
        time: "t",
        columns: {numeric: ["a", "b", "c"], categorical: ["k"]}
      },
      reference
    );
    assert.deepEqual(
      rows.map((r) => [r.window_start, r.rows, r.reference, r.drifted]),
      [
        ["2026-01-05", 700, true, false],
        ["2026-01-12", 700, true, false],
        ["2026-01-19", 700, true, false],
        ["2026-01-26", 700, true, false],
        ["2026-02-02", 700, false, false],
        ["2026-02-09", 700, false, true]
      ]
    );
    const [first, , , , fifth, sixth] = rows;
    // leave-one-out: a reference week's band comes from the other three, so it differs from the later weeks' band
    assert.notEqual(first.upper, fifth.upper);
    assert.equal(fifth.upper, sixth.upper);
    assert.ok(sixth.error > 1.5 * fifth.error, `${sixth.error} vs ${fifth.error}`);
    assert.ok(first.components >= 1 && first.components < 4 && first.explained > 0.65);
  });

  it("returns nothing without two whole reference weeks", async () => {
    const rows = await multivariateSeries(
      {db, log: () => {}},
      {
        system: "s",
        relation: `read_parquet(${sqlLiteral(decisions)})`,
        time: "t",
        columns: {numeric: ["a", "b"], categorical: []}
      },
      {from: "2026-01-05", to: "2026-01-15"}
    );
    assert.deepEqual(rows, []);
  });

  it("labelSeries tests each decision week's label rate against the reference's", async () => {
    const system = {
      name: "s",
      roles: {system: "s", time: "t", outcome: {object: "outcomes", label: "bad", time: "observed_at", key: ["id"]}},
      relation: `read_parquet(${sqlLiteral(decisions)})`,
      objects: [
        {
          name: "decisions",
          file: decisions,
          manifest: "",
          time: "t",
          relation: `read_parquet(${sqlLiteral(decisions)})`
        },
        {
          name: "outcomes",
          file: outcomes,
          manifest: "",
          time: "observed_at",
          relation: `read_parquet(${sqlLiteral(outcomes)})`
        }
      ]
    } as unknown as System;
    const rows = await labelSeries(db, system, reference);
    assert.equal(rows.length, 6);
    // hand derivation: each week has 700 decisions, 350 labelled (even i); bad when i % 20 = 0: 35 per week of 700
    // rows (i from 700w to 700w + 699 has 35 multiples of 20) → rate 0.1; week 6: i % 4 = 0 → 175 of 350 = 0.5
    assert.deepEqual(
      rows.map((r) => [r.window_start, r.decisions, r.labelled, r.positive, r.drifted]),
      [
        ["2026-01-05", 700, 350, 35, false],
        ["2026-01-12", 700, 350, 35, false],
        ["2026-01-19", 700, 350, 35, false],
        ["2026-01-26", 700, 350, 35, false],
        ["2026-02-02", 700, 350, 35, false],
        ["2026-02-09", 700, 350, 175, true]
      ]
    );
    assert.equal(rows[0].reference_rate, 0.1);
    assert.equal(rows[0].pvalue, 1);
    assert.equal(rows[5].difference, 0.4);
  });
});
