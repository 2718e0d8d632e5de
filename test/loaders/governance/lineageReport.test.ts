import assert from "node:assert/strict";
import {appendFileSync, mkdtempSync, rmSync, unlinkSync, realpathSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {lineageReport} from "../../../loaders/governance/lineageReport.js";
import type {PiiKey} from "../../../loaders/governance/piiKey.js";
import {ingest} from "../../../loaders/ingest/ingest.js";

const KEY: PiiKey = {bytes: Buffer.from("lineage-test-key-0123456789abcdef"), id: "k", source: "env"};

describe("lineageReport", () => {
  let db: Db;
  let dir: string;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "lineage-"));
    const contract = await readContract("test/fixtures/governance/people.odcs.yaml");
    await ingest(
      {
        contract,
        source: "test/fixtures/governance/people.csv",
        outDir: join(dir, "people"),
        governance: {piiKey: async () => KEY, asOf: "2026-03-03T00:00:00Z"},
        gates: {allowPurge: true}
      },
      {db, log: () => {}}
    );
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("traces each output to its sources, contract and tool, with rows accounted for and checksums verified", async () => {
    const [run] = await lineageReport(dir);
    assert.deepEqual([run.system, run.manifest, run.object], ["people", "manifest.json", "decisions"]);
    assert.deepEqual([run.contract.id, run.contract.version], ["urn:test:people", "0.3.0"]);
    assert.equal(run.tool.name, "decision-workbench");
    assert.deepEqual(
      run.sources.map((s) => [s.file, s.rows.read]),
      [["people.csv", 8]]
    );
    assert.match(run.sources[0].sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(run.purged, {accepted: 1, quarantined: 1});
    assert.deepEqual(
      run.outputs.map((o) => [o.file, o.rows, o.status]),
      [
        ["decisions.parquet", 4, "ok"],
        ["quarantine.parquet", 2, "ok"]
      ]
    );
    assert.deepEqual(run.errors, []);
  });

  it("reports a checksum mismatch and a missing output as errors", async () => {
    appendFileSync(join(dir, "people", "decisions.parquet"), "x");
    unlinkSync(realpathSync(join(dir, "people", "quarantine.parquet"))); // the file of the committed generation
    const [run] = await lineageReport(dir);
    assert.deepEqual(
      run.outputs.map((o) => o.status),
      ["mismatch", "missing"]
    );
    assert.equal(run.errors.length, 2);
    assert.match(
      run.errors[0],
      /^people\/decisions\.parquet: checksum mismatch: manifest [0-9a-f]{64}, file [0-9a-f]{64}$/
    );
    assert.match(run.errors[1], /^people\/quarantine\.parquet: missing/);
  });
});
