import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {weekDriftReport} from "../../../loaders/derived/weekDriftReport.js";
import {driftInput} from "../../../loaders/drift/driftInput.js";
import {driftReport} from "../../../loaders/drift/driftReport.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {driftCells} from "../../../loaders/refresh/tables/driftCells.js";
import {driftReference} from "../../../loaders/refresh/tables/driftReference.js";
import {driftWindows} from "../../../loaders/refresh/tables/driftWindows.js";
import {defaultReference} from "../../../loaders/system/defaultReference.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import type {System} from "../../../loaders/system/System.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";

const quiet = () => {};

// The fixture (test/loaders/spc/decisionFixture.ts): 40 days from 2026-01-01, income and channel shifted from day 33
// (2026-02-03). Its default reference is 2026-01-05 .. 2026-02-02.
describe("weekDriftReport: drift --system reads one week from the derived drift tables", () => {
  let db: Db;
  let dir: string;
  let system: System;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "week-drift-"));
    await writeDecisionFixture(db, dir, {days: 40, driftFrom: 33});
    await refresh({dir, tables: [driftReference, driftCells, driftWindows], frameworkCache: null}, {log: quiet});
    system = await openSystem(dir, "credit-line");
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("gives exactly driftReport's document for an ISO week against the default reference", async () => {
    const input = driftInput(system);
    const reference = (await defaultReference(db, input.relation, input.time, input.score))!;
    assert.deepEqual(reference, {from: "2026-01-05", to: "2026-02-02"});
    const columns = input.columns.numeric.length + input.columns.categorical.length;
    for (const week of [
      {from: "2026-01-12", to: "2026-01-19"},
      {from: "2026-02-02", to: "2026-02-09"}
    ])
      for (const share of [0.3, 0.1]) {
        const derived = await weekDriftReport(db, system, week, share, {log: quiet, columns});
        const computed = await driftReport(
          {db, log: quiet},
          {...input, reference, current: week, share, prediction: input.score}
        );
        assert.ok(derived);
        // byte for byte: the same JSON, keys in the same order
        assert.equal(JSON.stringify(derived), JSON.stringify(computed), `${week.from} share ${share}`);
      }
  });

  it("does not answer a window that is not one whole ISO week", async () => {
    const columns = 17;
    for (const week of [
      {from: "2026-01-13", to: "2026-01-20"},
      {from: "2026-01-12", to: "2026-01-26"},
      {from: "2026-01-12T00:00:00Z", to: "2026-01-19T00:00:00Z"},
      {from: "2027-01-04", to: "2027-01-11"}
    ])
      assert.equal(await weekDriftReport(db, system, week, 0.3, {log: quiet, columns}), null, week.from);
  });
});
