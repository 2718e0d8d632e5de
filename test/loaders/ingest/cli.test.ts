import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, describe, it} from "node:test";

const FIXTURES = "test/fixtures/ingest";
const tmp = mkdtempSync(join(tmpdir(), "ingest-cli-"));

function workbench(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "loaders/cli.ts", ...args], {encoding: "utf8"});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

const contract = join(FIXTURES, "loans.odcs.yaml");

describe("workbench ingest (CLI)", () => {
  after(() => rmSync(tmp, {recursive: true, force: true}));

  it("exits 0 with quarantined rows and prints exactly one JSON document (the manifest) with --format json", () => {
    const r = workbench(
      "ingest",
      "--contract",
      contract,
      "--source",
      `${FIXTURES}/decisions-*.csv`,
      "--out",
      join(tmp, "a"),
      "--max-quarantine-rate",
      "0.75",
      "--format",
      "json"
    );
    assert.equal(r.status, 0, r.stderr);
    const manifest = JSON.parse(r.stdout);
    assert.deepEqual(manifest.rows, {read: 20, accepted: 5, quarantined: 15, purged: 0, quarantineRate: 0.75});
    assert.match(r.stderr, /\n20 rows read = 5 accepted \+ 15 quarantined \+ 0 purged\n$/);
  });

  it("exits 1 with the default --max-quarantine-rate 0.05, printing the report and writing nothing", () => {
    const r = workbench(
      "ingest",
      "--contract",
      contract,
      "--source",
      `${FIXTURES}/decisions-a.csv`,
      "--out",
      join(tmp, "d")
    );
    assert.equal(r.status, 1);
    assert.match(r.stdout, /18 rows read = 4 accepted \+ 14 quarantined \(77\.78 %\) \+ 0 purged\nfailed checks:/);
    assert.match(r.stdout, /\nnothing written\n/);
    assert.match(
      r.stderr,
      /check failed: quarantine rate 0\.7778 exceeds 0\.05 \(--max-quarantine-rate\); nothing written, previous outputs unchanged\n$/
    );
    assert.ok(!existsSync(join(tmp, "d", "decisions.parquet")));
  });

  it("exits 1 (check failed) when the quarantined share exceeds --max-quarantine-rate, still printing the manifest", () => {
    const r = workbench(
      "ingest",
      "--contract",
      contract,
      "--source",
      `${FIXTURES}/decisions-a.csv`,
      "--out",
      join(tmp, "b"),
      "--max-quarantine-rate",
      "0.5",
      "--format",
      "json"
    );
    assert.equal(r.status, 1);
    assert.equal(JSON.parse(r.stdout).rows.quarantineRate, 14 / 18);
    assert.match(r.stderr, /check failed: quarantine rate 0.7778 exceeds 0.5/);
  });

  it("writes the same bytes at any --threads and --memory-limit, and refuses a limit that is not a size", () => {
    const run = (out: string, ...more: string[]) =>
      workbench(
        "ingest",
        "--contract",
        contract,
        "--source",
        `${FIXTURES}/decisions-*.csv`,
        "--out",
        join(tmp, out),
        "--max-quarantine-rate",
        "0.75",
        "--as-of",
        "2026-06-01",
        ...more
      );
    const a = run("limits-a");
    const b = run("limits-b", "--threads", "1", "--memory-limit", "512MB");
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    for (const file of ["decisions.parquet", "quarantine.parquet"])
      assert.ok(readFileSync(join(tmp, "limits-a", file)).equals(readFileSync(join(tmp, "limits-b", file))), file);
    const bad = run("limits-c", "--memory-limit", "lots");
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'error: --memory-limit: not a size such as 3GB or 512MB "lots"\n');
  });

  it("exits 2 with a one-line error naming file and field for unusable input", () => {
    const r = workbench(
      "ingest",
      "--contract",
      contract,
      "--source",
      `${FIXTURES}/missing-income.csv`,
      "--out",
      join(tmp, "c"),
      "--format",
      "json"
    );
    assert.equal(r.status, 2);
    assert.deepEqual(JSON.parse(r.stdout), {
      error: `${FIXTURES}/missing-income.csv: field income: required column missing`
    });
    assert.equal(r.stderr, `error: ${FIXTURES}/missing-income.csv: field income: required column missing\n`);
  });

  it("exits 2 for an invalid contract, naming the path inside it", () => {
    const r = workbench(
      "ingest",
      "--contract",
      "test/fixtures/ingest/nope.odcs.yaml",
      "--source",
      "x.csv",
      "--out",
      tmp
    );
    assert.equal(r.status, 2);
    assert.equal(r.stderr, "error: test/fixtures/ingest/nope.odcs.yaml: cannot read contract (ENOENT)\n");
  });
});
