import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {generate} from "../../../loaders/generate/generate.js";
import {resolvePiiKey} from "../../../loaders/governance/piiKey.js";
import {ingest} from "../../../loaders/ingest/ingest.js";
import {rawFeatureColumns, replayLog} from "../../../loaders/models/replayLog.js";

const REGISTRY = "models/registry.json";
const quiet = () => {};

function workbench(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli.ts", ...args], {encoding: "utf8"});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe("replayLog on a generated and ingested sample (4,000 rows, seed 7)", () => {
  let dir = "";
  let db: Db;
  const decisions = (system: string) => join(dir, system, "decisions.parquet");
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "replay-"));
    await generate({out: join(dir, "raw"), rows: 4000, seed: 7}, {log: quiet});
    db = await openDb();
    for (const system of ["credit-line", "fraud-screen"]) {
      const contract = await readContract(`data/contracts/${system}.odcs.yaml`);
      const governance = {piiKey: () => resolvePiiKey({env: {WORKBENCH_PII_KEY: "replay-test-key-".repeat(3)}})};
      const source = join(dir, "raw", system, "decisions-*.csv");
      await ingest({contract, source, outDir: join(dir, system), governance}, {db, log: quiet});
    }
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  for (const system of ["credit-line", "fraud-screen"])
    for (const shadow of [false, true])
      it(`reproduces 100 % of ${system}'s logged ${shadow ? "shadow" : "production"} scores and decisions`, async () => {
        const r = await replayLog({registryFile: REGISTRY, input: decisions(system), shadow}, {db, log: quiet});
        assert.ok(r.rows > 500, `${r.rows} rows`);
        assert.equal(r.reproduced, r.rows, JSON.stringify(r.mismatches.slice(0, 3)));
        assert.equal(r.reproduced_share, 1);
        assert.ok(r.rows_per_second! > 0);
      });

  it("sample: replays the n rows of each version with the smallest md5(decision_id), the same on every run", async () => {
    const input = decisions("credit-line");
    const shadow = await replayLog({registryFile: REGISTRY, input, shadow: true}, {db, log: quiet});
    const n = 97;
    const a = await replayLog({registryFile: REGISTRY, input, shadow: true, sample: n}, {db, log: quiet});
    const b = await replayLog({registryFile: REGISTRY, input, shadow: true, sample: n}, {db, log: quiet});
    assert.equal(a.by_model.length, shadow.by_model.length);
    for (const m of a.by_model)
      assert.equal(m.rows, Math.min(n, shadow.by_model.find((x) => x.model === m.model)!.rows));
    assert.equal(
      a.rows,
      a.by_model.reduce((s, m) => s + m.rows, 0)
    );
    assert.equal(a.reproduced_share, 1);
    assert.deepEqual(
      {rows: b.rows, reproduced: b.reproduced, by_model: b.by_model},
      {rows: a.rows, reproduced: a.reproduced, by_model: a.by_model}
    );
    // which rows: a tampered score outside the md5 sample goes unseen, one inside it is reported
    const [inside, outside] = await db.all<{decision_id: string}>(
      `SELECT decision_id FROM (SELECT decision_id, row_number() OVER (ORDER BY md5(decision_id), decision_id) AS k
         FROM read_parquet('${input}') WHERE shadow_score IS NOT NULL AND shadow_model_name = '${a.by_model[0].model.split("@")[0]}'
           AND shadow_model_version = '${a.by_model[0].model.split("@")[1]}')
       WHERE k IN (1, ${n + 1}) ORDER BY k`
    );
    const tampered = join(dir, "tampered-sample.parquet");
    await db.run(`COPY (SELECT * REPLACE (CASE WHEN decision_id IN ('${inside.decision_id}', '${outside.decision_id}')
      THEN shadow_score + 0.01 ELSE shadow_score END AS shadow_score) FROM read_parquet('${input}')) TO '${tampered}' (FORMAT parquet)`);
    const t = await replayLog(
      {registryFile: REGISTRY, input: tampered, shadow: true, sample: n, model: a.by_model[0].model},
      {db, log: quiet}
    );
    assert.deepEqual(
      t.mismatches.map((m) => m.decision_id),
      [inside.decision_id]
    );
    await assert.rejects(
      replayLog({registryFile: REGISTRY, input, sample: 0}, {db, log: quiet}),
      /invalid replay sample: 0/
    );
  });

  it("reports tampered scores and decisions, naming the rows", async () => {
    const tampered = join(dir, "tampered.parquet");
    await db.run(`COPY (
      SELECT * REPLACE (
        CASE WHEN decision_id IN (SELECT decision_id FROM read_parquet('${decisions("credit-line")}') WHERE decision_source = 'model' ORDER BY decision_id LIMIT 3)
             THEN score + 0.001 ELSE score END AS score,
        CASE WHEN decision_id = (SELECT max(decision_id) FROM read_parquet('${decisions("credit-line")}') WHERE decision_source = 'model' AND decision = 'approve')
             THEN 'decline' ELSE decision END AS decision)
      FROM read_parquet('${decisions("credit-line")}')) TO '${tampered}' (FORMAT parquet)`);
    const r = await replayLog({registryFile: REGISTRY, input: tampered}, {db, log: quiet});
    assert.equal(r.mismatch_count, 4);
    assert.equal(r.reproduced, r.rows - 4);
    assert.deepEqual(r.mismatches.map((m) => m.reason).sort(), ["decision", "score", "score", "score"]);
    assert.ok(r.mismatches.filter((m) => m.reason === "score").every((m) => Math.abs(m.score_delta! + 0.001) < 1e-6));
    assert.equal(r.mismatches.find((m) => m.reason === "decision")?.logged_decision, "decline");

    const cli = workbench("replay", "--registry", REGISTRY, "--input", tampered, "--format", "json");
    assert.equal(cli.status, 1, cli.stderr);
    const doc = JSON.parse(cli.stdout);
    assert.deepEqual(
      Object.keys(doc)
        .filter((k) => ["rows", "reproduced", "reproduced_share", "mismatches", "rows_per_second"].includes(k))
        .sort(),
      ["mismatches", "reproduced", "reproduced_share", "rows", "rows_per_second"]
    );
    assert.equal(doc.mismatches.length, 4);
    assert.match(cli.stderr, /check failed: 4 of \d+ logged decisions not reproduced/);
  });

  it("CLI: exit 0 on an intact log, 2 for unusable input", () => {
    const ok = workbench(
      "replay",
      "--input",
      decisions("fraud-screen"),
      "--model",
      "fraud-gbdt@1.0.0",
      "--format",
      "json"
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).reproduced_share, 1);
    const missing = workbench("replay", "--input", join(dir, "nope.parquet"), "--format", "json");
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.parquet: cannot read decisions/);
    const unknown = workbench("replay", "--input", decisions("fraud-screen"), "--model", "fraud-gbdt@9.9.9");
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no rows of model fraud-gbdt@9\.9\.9/);
  });
});

describe("rawFeatureColumns", () => {
  it("maps dummy columns back to their contract column, once, in order", () => {
    assert.deepEqual(rawFeatureColumns(["income", "region=south", "region=east", "channel=web"]), [
      "income",
      "region",
      "channel"
    ]);
  });
});
