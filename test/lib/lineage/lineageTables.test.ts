import assert from "node:assert/strict";
import {it} from "node:test";
import {lineageTables, shortHash, type LineageRunRow} from "../../../src/lib/lineage/lineageTables.js";

const sha = "2e060d25774e41bbfac91c18c55cbcc6fd80aefe4e9bda3c2a63bcd6f3bbbef6";
const run: LineageRunRow = {
  system: "credit-line",
  object: "decisions",
  contract: {id: "urn:x:credit-line", version: "1.0.0", file: "data/contracts/credit-line.odcs.yaml", sha256: sha},
  tool: {name: "decision-workbench", version: "0.1.0", duckdb: "v1.5.6"},
  sources: [{file: "decisions-2026-01.csv", sha256: sha, bytes: 6266688, rows: {read: 24839}}],
  rows: {read: 24851, accepted: 24839, quarantined: 12},
  purged: {accepted: 0, quarantined: 0},
  run: {startedAt: "2026-12-07T11:49:11.005Z", durationMs: 4085},
  outputs: [
    {
      file: "decisions.parquet",
      rows: 24839,
      bytes: 7688268,
      sha256: sha,
      actualSha256: "ff00ff00ff00ff00",
      status: "mismatch"
    }
  ],
  errors: ["decisions.parquet: sha256 mismatch"],
  governance: {pii: {columns: [{name: "email", treatment: "tokenise"}], keyId: "37ebd2d5afd3"}, retention: null}
};

it("lineageTables writes every cell short: counts separated, times in UTC, hashes cut to 12 digits", () => {
  const t = lineageTables([run]);
  assert.deepEqual(t.runs[0], {
    system: "credit-line",
    object: "decisions",
    contract: "v1.0.0",
    read: "24,851",
    accepted: "24,839",
    quarantined: "12",
    purged: "0",
    started: "2026-12-07 11:49:11 UTC",
    duration: "4.1 s",
    status: "ERROR"
  });
  assert.deepEqual(
    t.files.map((f) => [f.role, f.sha256, f.check]),
    [
      ["source", "2e060d25774e…", "recorded at ingest"],
      ["contract", "2e060d25774e…", "version 1.0.0"],
      ["output", "2e060d25774e…", "✗ file has ff00ff00ff00…"]
    ]
  );
  assert.equal(t.files[0].sha256_full, sha);
  assert.equal(t.governance[0]["personal data"], "email: tokenise");
  assert.equal(shortHash(null), "–");
  assert.deepEqual(lineageTables([]), {runs: [], files: [], governance: []});
});
