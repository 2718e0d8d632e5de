import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {roiAggregates} from "../../../loaders/roi/roiAggregates.js";
import {roiCellsSql} from "../../../loaders/roi/roiCellsSql.js";
import {roiColumns} from "../../../loaders/roi/roiColumns.js";
import {roiRatersSql} from "../../../loaders/roi/roiRatersSql.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {System} from "../../../loaders/system/System.js";
import {cells, model} from "../../lib/roi/fixture.js";
import {writeRoiFixture} from "./roiFixture.js";

describe("roiAggregates over Parquet in DuckDB", () => {
  let db: Db;
  let dir: string;
  let system: System;
  before(async () => {
    db = await openDb();
    dir = mkdtempSync(join(tmpdir(), "roi-agg-"));
    system = await writeRoiFixture(db, dir, cells, model);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("roiCellsSql gives back exactly the cells the rows were written from (outcomes as of the last decision)", async () => {
    const columns = roiColumns(system, model);
    assert.deepEqual(await db.all(roiCellsSql(columns, system.relations)), cells);
  });

  it("roiCellsSql adds amounts and handling seconds in ascending order, whatever the rows' order", async () => {
    const c = roiColumns(system, model);
    // hand: the five rows decided on 2026-01-30 with final decision approve get 1e16, 1, -1e16, 1, 0 in id order, all
    // reviewed (decided by a person). Added in that order the double sum is 1 (1e16 + 1 = 1e16, - 1e16 = 0, + 1 + 0);
    // added in ascending order -1e16, 0, 1, 1, 1e16 it is 0 (each 1 is lost against -1e16).
    const v = "CASE rn WHEN 1 THEN 1e16 WHEN 2 THEN 1 WHEN 3 THEN -1e16 WHEN 4 THEN 1 ELSE 0 END::DOUBLE";
    const skewed = `(SELECT * REPLACE (${v} AS ${c.amount}, ${v} AS ${c.handlingTime}, 'human' AS ${c.decisionSource})
      FROM (SELECT *, row_number() OVER (ORDER BY ${c.id}) AS rn FROM ${system.relation}
        WHERE CAST(${c.time} AS DATE) = DATE '2026-01-30' AND ${c.finalDecision} = 'approve') ORDER BY rn)`;
    const rows = await db.all<{decisions: number; reviewed: number; amount: number; handlingSeconds: number}>(
      roiCellsSql(c, {decisions: skewed})
    );
    assert.deepEqual(
      rows.map((r) => [r.decisions, r.reviewed, r.amount, r.handlingSeconds]),
      [[5, 5, 0, 0]]
    );
  });

  it("roiCellsSql without an outcomes file reads every outcome as pending", async () => {
    const columns = roiColumns(system, model);
    const rows = await db.all<{outcome: boolean | null; decisions: number}>(
      roiCellsSql(columns, {decisions: system.relation})
    );
    assert.ok(rows.every((r) => r.outcome === null));
    assert.equal(
      rows.reduce((n, r) => n + r.decisions, 0),
      23
    );
  });

  it("roiRatersSql counts per reviewer and per model desk; roiAggregates drops the ids", async () => {
    const columns = roiColumns(system, model);
    const rows = await db.all<{group: string; rater: string; decisions: number; approvals: number}>(
      roiRatersSql(columns, {decisions: system.relation, goLive: "2026-01-30", positive: "approve", desks: 2})
    );
    // hand: baseline rows 1–6 alternate R2, R1, …: R1 gets rows 2, 4, 6 (approve, decline, decline), R2 rows 1, 3, 5
    // (approve, approve, approve); after go-live 3 rows are routed, 14 are the model's own
    const baseline = rows.filter((r) => r.group === "baseline").map((r) => [r.rater, r.decisions, r.approvals]);
    assert.deepEqual(baseline, [
      ["R1", 3, 1],
      ["R2", 3, 3]
    ]);
    assert.equal(
      rows.filter((r) => r.group === "reviewers").reduce((n, r) => n + r.decisions, 0),
      3
    );
    const desks = rows.filter((r) => r.group === "desks");
    assert.deepEqual(
      [desks.length, desks.reduce((n, r) => n + r.decisions, 0), desks.reduce((n, r) => n + r.approvals, 0)],
      [2, 14, 10]
    );
    const {raters} = await roiAggregates({db}, columns, model, system.relations);
    assert.deepEqual(raters.baselineReviewers, [
      {decisions: 3, approvals: 1},
      {decisions: 3, approvals: 3}
    ]);
    assert.equal(raters.modelDesks.length, 2);
    assert.ok(!JSON.stringify(raters).includes("R1"));
  });

  it("roiRatersSql rejects a bad desk count; DuckDB errors carry the SQL", async () => {
    const columns = roiColumns(system, model);
    assert.throws(
      () => roiRatersSql(columns, {decisions: "x", goLive: "2026-01-01", positive: "approve", desks: 0}),
      /invalid desks: 0/
    );
    await assert.rejects(
      db.all(roiCellsSql(columns, {decisions: `read_parquet(${sqlLiteral(join(dir, "missing.parquet"))})`})),
      /SQL: WITH o AS/
    );
  });
});
