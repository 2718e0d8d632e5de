import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb} from "../../../loaders/db/openDb.js";
import {ingest} from "../../../loaders/ingest/ingest.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;
const CONTRACT = "data/contracts/credit-line.odcs.yaml";
const KEY = "nothing-to-check-test-key-0123456789abcdef";

function workbench(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    encoding: "utf8",
    env: {...process.env, WORKBENCH_PII_KEY: KEY, WORKBENCH_DEBUG: ""}
  });
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** Nothing to check is not a pass: every checking command exits 2 with one line "... no rows in <what>". */
describe("checking commands on an ingested system with no rows", () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "nothing-to-check-"));
    const contract = await readContract(CONTRACT);
    const header = (object: string) =>
      contract.schema
        .find((o) => o.name === object)!
        .properties.map((p) => p.name)
        .join(",") + "\n";
    writeFileSync(join(dir, "decisions.csv"), header("decisions"));
    writeFileSync(join(dir, "outcomes.csv"), header("outcomes"));
    const db = await openDb();
    try {
      const governance = {piiKey: async () => ({bytes: Buffer.from(KEY), id: "test", source: "env" as const})};
      const out = join(dir, "data", "credit-line");
      await ingest({contract, source: join(dir, "decisions.csv"), outDir: out, governance}, {db, log: () => {}});
      await ingest(
        {contract, object: "outcomes", source: join(dir, "outcomes.csv"), outDir: out, governance},
        {db, log: () => {}}
      );
    } finally {
      db.close();
    }
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  const data = () => join(dir, "data");
  const oneLine = (stderr: string, pattern: RegExp) => {
    const lines = stderr.trimEnd().split("\n");
    assert.match(lines.at(-1)!, pattern, stderr);
    assert.ok(!stderr.includes("    at "), `no stack trace: ${stderr}`);
  };

  it("fairness --system exits 2: no rows in credit-line decisions", () => {
    const r = workbench("fairness", "--system", "credit-line", "--group", "sex", "--data", data());
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: no rows in credit-line decisions$/);
  });

  it("spc --system exits 2, for all metrics and for one", () => {
    const all = workbench("spc", "--system", "credit-line", "--data", data());
    assert.equal(all.status, 2, all.stderr);
    oneLine(all.stderr, /^error: no rows in credit-line \(no day bucket\)$/);
    const one = workbench("spc", "--system", "credit-line", "--metric", "fallback_rate", "--data", data());
    assert.equal(one.status, 2, one.stderr);
    oneLine(one.stderr, /^error: no rows in credit-line fallback_rate \(no day bucket\)$/);
  });

  it("replay exits 2 and names the file: no rows in model-made decisions", () => {
    const file = join(data(), "credit-line", "decisions.parquet");
    const r = workbench("replay", "--input", file, "--format", "json");
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: .*decisions\.parquet: no rows in model-made decisions$/);
    assert.match(JSON.parse(r.stdout).error, /no rows in model-made decisions$/);
  });

  it("drift --system exits 2 on an empty log", () => {
    const r = workbench("drift", "--system", "credit-line", "--current", "2026-05-04..2026-05-11", "--data", data());
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: .*decisions\.parquet: no timed rows to take a reference from$/);
  });

  it("roi --system exits 2 on an empty log", () => {
    const r = workbench("roi", "--system", "credit-line", "--data", data());
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: credit-line: no automated decision in the data: credit-line$/);
  });

  it("models exits 2 on an empty log", () => {
    const r = workbench("models", "--dir", data());
    assert.equal(r.status, 2, r.stderr);
    oneLine(r.stderr, /^error: .*decisions\.parquet: no decisions of system credit-line$/);
  });

  it("check reports the quarantine-rate, SPC and fairness rules as errors (not passes) and exits 2", () => {
    const config = join(dir, "alerts.yaml");
    writeFileSync(
      config,
      readFileSync("data/alerts.yaml", "utf8").replace(/\n {2}- name: fraud-screen[\s\S]*?(?=\n {2}- name: |\n?$)/g, "")
    );
    const r = workbench("check", "--config", config, "--data", data(), "--format", "json");
    assert.equal(r.status, 2, r.stderr);
    const report = JSON.parse(r.stdout) as {checks: {name: string; status: string; message: string}[]};
    const quarantine = report.checks.find((c) => c.name === "credit-line quarantine rate")!;
    assert.deepEqual(
      [quarantine.status, quarantine.message.replace(/^.*: /, "")],
      ["error", "no rows in the last ingest"]
    );
    assert.ok(report.checks.length > 0 && report.checks.every((c) => c.status === "error"), JSON.stringify(report));
  });
});
