import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {fairnessConvention} from "../../../loaders/fairness/fairnessConvention.js";
import {fairnessMeta} from "../../../loaders/fairness/fairnessMeta.js";
import {fairnessRowsSql} from "../../../loaders/fairness/fairnessRowsSql.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import type {System} from "../../../loaders/system/System.js";
import {systemRoles} from "../../../loaders/system/systemRoles.js";
import {writeCreditLineFixture} from "./fixtures.js";

const contract = new URL("../../../data/contracts/credit-line.odcs.yaml", import.meta.url).pathname;

describe("fairnessConvention", () => {
  it("reads the credit-line roles from its contract", async () => {
    const read = await readContract(contract);
    const c = fairnessConvention({contract: read, roles: systemRoles(read)});
    assert.equal(c.positiveDecision, "approve");
    assert.deepEqual(c.protected, ["sex", "age_band", "ethnicity"]);
    assert.deepEqual(c.label, {object: "outcomes", column: "defaulted"});
    assert.equal(c.direction, "lower");
    assert.equal(c.finalDecision, "final_decision");
    assert.equal(c.modelVersion, "model_version");
    assert.equal(c.key, "decision_id");
  });
});

describe("fairnessRowsSql and fairnessMeta over an ingested system", () => {
  let db: Db;
  let dir: string;
  let system: System;
  const rows = () => `(${fairnessRowsSql(fairnessConvention(system), system.relations)})`;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "fairness-system-"));
    await writeCreditLineFixture(db, dir);
    system = await openSystem(dir, "credit-line");
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("builds the PII-free row table with favourable prediction and label", async () => {
    const columns = (await db.all<{column_name: string}>(`DESCRIBE SELECT * FROM ${rows()}`)).map((c) => c.column_name);
    assert.ok(!columns.includes("applicant_name") && !columns.includes("applicant_email"));
    assert.ok(!columns.includes("decision_id"));
    const found = await db.all<Record<string, unknown>>(
      `SELECT strftime(decided_at, '%Y-%m-%d') AS d, ethnicity, model_pos, final_pos, reviewed, overridden, label_pos
       FROM ${rows()} ORDER BY decided_at`
    );
    assert.deepEqual(found[0], {
      d: "2026-03-01",
      ethnicity: "group_c",
      model_pos: false,
      final_pos: true,
      reviewed: true,
      overridden: true,
      label_pos: false
    });
    assert.equal(found[4].label_pos, null); // CL-00000005 has no outcome yet
    assert.equal(found[4].overridden, false); // null override → false
    assert.equal(found[3].label_pos, null); // CL-00000004 has no outcome either
    assert.equal(found[1].label_pos, true); // CL-00000001 did not default
  });
  it("orders the rows by time", async () => {
    const found = await db.all<{n: number; first: string}>(
      `SELECT count(*)::INT AS n, strftime(min(decided_at), '%Y-%m-%d') AS first FROM ${rows()}`
    );
    assert.deepEqual(found, [{n: 6, first: "2026-03-01"}]);
  });
  it("describes each system for the page", async () => {
    const meta = await fairnessMeta(db, "credit-line", fairnessConvention(system), rows());
    assert.equal(meta.system, "credit-line");
    assert.equal(meta.rows, 6);
    assert.equal(meta.labelled, 4);
    assert.deepEqual(meta.levels.ethnicity, ["group_a", "group_b", "group_c"]);
    assert.deepEqual(meta.modelVersions, ["1.0.0", "1.1.0"]);
    assert.equal(meta.threshold, 0.2);
    assert.deepEqual(meta.months, ["2026-03", "2026-04"]);
  });
  it("rejects an unknown system", async () => {
    await assert.rejects(openSystem(dir, "nope"), /unknown system "nope" \(ingested: credit-line\)/);
  });
});
