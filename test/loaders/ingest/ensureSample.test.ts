import assert from "node:assert/strict";
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";
import {ensureSample, type GenerateSample} from "../../../loaders/ingest/ensureSample.js";

const FIXTURES = "test/fixtures/ingest";

describe("ensureSample", () => {
  const root = mkdtempSync(join(tmpdir(), "sample-root-"));
  const workDir = join(root, "data/.work");
  const cache = join(root, "src/.observablehq/cache/data");
  after(() => rmSync(root, {recursive: true, force: true}));
  mkdirSync(join(root, "data/contracts"), {recursive: true});
  mkdirSync(join(root, "loaders/generate"), {recursive: true});
  copyFileSync(join(FIXTURES, "loans.odcs.yaml"), join(root, "data/contracts/loans.odcs.yaml"));
  writeFileSync(join(root, "loaders/generate/generate.ts"), "// v1\n");

  const calls: number[] = [];
  /** A stand-in generator: one system, "loans", from the ingest fixtures. */
  const generate: GenerateSample = async (out, rows) => {
    calls.push(rows);
    mkdirSync(join(out, "loans"));
    copyFileSync(join(FIXTURES, "decisions-a.csv"), join(out, "loans/decisions-2026-01.csv"));
    copyFileSync(join(FIXTURES, "decisions-b.csv"), join(out, "loans/decisions-2026-02.csv"));
    copyFileSync(join(FIXTURES, "outcomes.csv"), join(out, "loans/outcomes.csv"));
    writeFileSync(join(out, "manifest.json"), "{}");
  };
  const run = (rows = 100) => ensureSample({root, workDir, rows, generate}, {log: () => {}});

  it("generates and ingests every system with a contract, and clears Framework's loader cache", async () => {
    mkdirSync(cache, {recursive: true});
    writeFileSync(join(cache, "stale.parquet"), "x");
    const r = await run();
    assert.deepEqual(calls, [100]);
    assert.deepEqual({generated: r.generated, ingested: r.ingested}, {generated: true, ingested: ["loans"]});
    for (const f of [
      "decisions.parquet",
      "quarantine.parquet",
      "manifest.json",
      "outcomes.parquet",
      "outcomes.quarantine.parquet"
    ])
      assert.ok(existsSync(join(workDir, "loans", f)), f);
    const manifest = JSON.parse(readFileSync(join(workDir, "loans/manifest.json"), "utf8"));
    assert.deepEqual(manifest.rows, {read: 20, accepted: 5, quarantined: 15, purged: 0, quarantineRate: 0.75});
    assert.equal(existsSync(cache), false);
  });

  it("does nothing when up to date", async () => {
    const before = readFileSync(join(workDir, "loans/decisions.parquet"));
    mkdirSync(cache, {recursive: true});
    const r = await run();
    assert.deepEqual({generated: r.generated, ingested: r.ingested}, {generated: false, ingested: []});
    assert.deepEqual(calls, [100]);
    assert.ok(existsSync(cache)); // untouched
    assert.ok(readFileSync(join(workDir, "loans/decisions.parquet")).equals(before));
  });

  it("re-ingests without regenerating when a contract changes, and regenerates when the row count or generator changes", async () => {
    const contract = join(root, "data/contracts/loans.odcs.yaml");
    writeFileSync(contract, readFileSync(contract, "utf8").replace("version: 0.1.0", "version: 0.2.0"));
    let r = await run();
    assert.deepEqual({generated: r.generated, ingested: r.ingested}, {generated: false, ingested: ["loans"]});
    assert.equal(JSON.parse(readFileSync(join(workDir, "loans/manifest.json"), "utf8")).contract.version, "0.2.0");
    r = await run(50);
    assert.equal(r.generated, true);
    writeFileSync(join(root, "loaders/generate/generate.ts"), "// v2\n");
    r = await run(50);
    assert.equal(r.generated, true);
    assert.deepEqual(calls, [100, 50, 50]);
  });

  it("redoes the ingest when an output was deleted", async () => {
    rmSync(join(workDir, "loans/outcomes.parquet"));
    const r = await run(50);
    assert.deepEqual({generated: r.generated, ingested: r.ingested}, {generated: false, ingested: ["loans"]});
    assert.ok(existsSync(join(workDir, "loans/outcomes.parquet")));
  });

  it("takes over a lock left by a process that is gone, and removes its own", async () => {
    writeFileSync(join(workDir, "sample.lock"), "999999999"); // no such pid
    const r = await run(50);
    assert.equal(r.generated, false);
    assert.equal(existsSync(join(workDir, "sample.lock")), false);
  });
});
