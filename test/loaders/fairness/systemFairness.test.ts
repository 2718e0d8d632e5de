import assert from "node:assert/strict";
import {createWriteStream, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {fairnessConvention} from "../../../loaders/fairness/fairnessConvention.js";
import {fairnessMeta} from "../../../loaders/fairness/fairnessMeta.js";
import {fairnessRowsQuery} from "../../../loaders/fairness/fairnessRowsQuery.js";
import {systemFairness} from "../../../loaders/fairness/systemFairness.js";
import {writeFairnessRows} from "../../../loaders/fairness/writeFairnessRows.js";
import {writeCreditLineFixture} from "./fixtures.js";

const contract = new URL("../../../data/contracts/credit-line.odcs.yaml", import.meta.url).pathname;

describe("fairnessConvention", () => {
  it("reads the credit-line roles from its contract", async () => {
    const c = fairnessConvention(await readContract(contract));
    assert.equal(c.positiveDecision, "approve");
    assert.deepEqual(c.protected, ["sex", "age_band", "ethnicity"]);
    assert.deepEqual(c.label, {object: "outcomes", column: "defaulted"});
    assert.equal(c.direction, "lower");
    assert.equal(c.finalDecision, "final_decision");
    assert.equal(c.modelVersion, "model_version");
    assert.equal(c.key, "decision_id");
  });
});

describe("systemFairness, writeFairnessRows, fairnessMeta", () => {
  let db: Db;
  let dir: string;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "fairness-system-"));
    await writeCreditLineFixture(db, dir);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("builds the PII-free row table with favourable prediction and label", async () => {
    const {relation, columns} = await systemFairness(db, dir, "credit-line");
    assert.ok(!columns.has("applicant_name") && !columns.has("applicant_email") && !columns.has("decision_id"));
    const rows = await db.all<Record<string, unknown>>(
      `SELECT strftime(decided_at, '%Y-%m-%d') AS d, ethnicity, model_pos, final_pos, reviewed, overridden, label_pos
       FROM ${relation} ORDER BY decided_at`
    );
    assert.deepEqual(rows[0], {
      d: "2026-03-01",
      ethnicity: "group_c",
      model_pos: false,
      final_pos: true,
      reviewed: true,
      overridden: true,
      label_pos: false
    });
    assert.equal(rows[4].label_pos, null); // CL-00000005 has no outcome yet
    assert.equal(rows[4].overridden, false); // null override → false
    assert.equal(rows[3].label_pos, null); // CL-00000004 has no outcome either
    assert.equal(rows[1].label_pos, true); // CL-00000001 did not default
  });
  it("writes Parquet to a stream, ordered by time", async () => {
    const file = join(dir, "rows.parquet");
    const out = createWriteStream(file);
    await writeFairnessRows({db, log: () => {}}, dir, "credit-line", out); // ends the stream when written
    const rows = await db.all<{n: number; first: string}>(
      `SELECT count(*)::INT AS n, strftime(min(decided_at), '%Y-%m-%d') AS first FROM read_parquet(${sqlLiteral(file)})`
    );
    assert.deepEqual(rows, [{n: 6, first: "2026-03-01"}]);
  });
  it("describes each system for the page", async () => {
    const [meta] = await fairnessMeta(db, dir);
    assert.equal(meta.system, "credit-line");
    assert.equal(meta.rows, 6);
    assert.equal(meta.labelled, 4);
    assert.deepEqual(meta.levels.ethnicity, ["group_a", "group_b", "group_c"]);
    assert.deepEqual(meta.modelVersions, ["1.0.0", "1.1.0"]);
    assert.equal(meta.threshold, 0.2);
    assert.deepEqual(meta.months, ["2026-03", "2026-04"]);
  });
  it("gives the data loader's query, which runs in DuckDB", async () => {
    const sql = await fairnessRowsQuery(dir, "credit-line");
    const [{n, labelled}] = await db.all<{n: number; labelled: number}>(
      `SELECT count(*)::INT AS n, count(label_pos)::INT AS labelled FROM (${sql})`
    );
    assert.deepEqual([n, labelled], [6, 4]);
    await assert.rejects(fairnessRowsQuery(dir, "fraud-screen"), /system fraud-screen is not ingested/);
  });
  it("rejects an unknown system", async () => {
    await assert.rejects(systemFairness(db, dir, "nope"), /unknown system nope \(ingested: credit-line\)/);
  });
});
