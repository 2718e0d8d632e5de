import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {runChecks} from "../../../loaders/alerts/runChecks.js";
import {readContract} from "../../../loaders/contract/readContract.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {generate} from "../../../loaders/generate/generate.js";
import type {PiiKey} from "../../../loaders/governance/piiKey.js";
import {ingest} from "../../../loaders/ingest/ingest.js";
import type {Manifest} from "../../../loaders/ingest/Manifest.js";
import {parseAlertsConfig} from "../../../src/lib/alerts/parseAlertsConfig.js";
import type {CheckReport} from "../../../src/lib/alerts/CheckResult.js";
import {parse as yamlParse} from "yaml";
import {webhookServer} from "./webhookServer.js";

const KEY: PiiKey = {bytes: Buffer.from("alerts-test-key-0123456789abcdef"), id: "test", source: "env"};
const quiet = () => {};

/** Runs the CLI (async, so an in-process webhook server can answer). */
function workbench(...args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "loaders/cli.ts", ...args], {
      env: {...process.env, WORKBENCH_PII_KEY: KEY.bytes.toString()}
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (status) => resolve({status, stdout, stderr}));
  });
}

/**
 * A generated sample (20,000 decisions, seed 7: the planted findings of the bundled sample at a smaller scale),
 * ingested into a temporary work directory, checked by the alert rules through the loaders they reuse.
 */
describe("workbench check on a generated sample (20,000 rows, seed 7)", () => {
  let dir = "";
  let db: Db;
  const manifests: Record<string, Manifest> = {};
  const config = (name: string, checks: unknown[]) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify({checks}));
    return file;
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "check-"));
    await generate({out: join(dir, "raw"), rows: 20000, seed: 7}, {log: quiet});
    db = await openDb();
    for (const system of ["credit-line", "fraud-screen"]) {
      const contract = await readContract(`data/contracts/${system}.odcs.yaml`);
      const governance = {piiKey: async () => KEY};
      const raw = join(dir, "raw", system);
      const outDir = join(dir, "work", system);
      manifests[system] = await ingest(
        {contract, source: join(raw, "decisions-*.csv"), outDir, governance},
        {db, log: quiet}
      );
      await ingest(
        {contract, object: "outcomes", source: join(raw, "outcomes.csv"), outDir, governance},
        {db, log: quiet}
      );
    }
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  it("evaluates every rule type with the other engineers' loaders and finds what the sample plants", async () => {
    const rules = parseAlertsConfig({
      checks: [
        {name: "drift may", type: "drift", system: "credit-line", current: "2026-05-04..2026-06-01"},
        {name: "drift march", type: "drift", system: "credit-line", current: "2026-03-02..2026-03-30"},
        {
          name: "fallback",
          type: "spc",
          system: "credit-line",
          metric: "fallback_rate",
          baseline: "2026-01-31..2026-03-27",
          recent: "2026-05-18..2026-05-27",
          rules: ["WE1"]
        },
        {name: "fresh", type: "freshness", system: "credit-line", as_of: "2026-06-30T12:00:00Z"},
        {name: "fair", type: "fairness", system: "credit-line", group: ["ethnicity"], threshold: 0.8},
        {
          name: "auc",
          type: "performance",
          system: "credit-line",
          estimate: "realised",
          reference: "2026-02-02..2026-03-02",
          current: "2026-03-02..2026-04-01",
          threshold: 0.1
        },
        {
          name: "auc est",
          type: "performance",
          system: "credit-line",
          estimate: "estimated",
          reference: "2026-02-02..2026-03-02",
          current: "last 28d",
          threshold: 0.1
        },
        {name: "quarantine", type: "quarantine_rate", system: "fraud-screen", threshold: 0.0001}
      ]
    });
    const report = await runChecks({db, log: quiet, dir: join(dir, "work"), now: new Date()}, rules);
    const status = Object.fromEntries(report.checks.map((c) => [c.name, c.status]));
    assert.deepEqual(
      status,
      {
        "drift may": "fail", // finding 2: the new partner channel, May 2026
        "drift march": "pass",
        fallback: "fail", // finding 4: the outage 2026-05-21..23
        fresh: "pass",
        fair: "fail", // finding 3: group_c
        auc: "pass",
        "auc est": "pass",
        quarantine: "fail" // 12 malformed rows planted in every system
      },
      JSON.stringify(report, null, 1)
    );
    const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
    assert.match(byName.fallback.message, /2026-05-2[123] \(WE1/);
    assert.match(byName.fair.message, /group_c/);
    const m = manifests["fraud-screen"].rows;
    assert.equal(byName.quarantine.value, m.quarantined / m.read);
    // hours from the newest credit-line decision to 2026-06-30T12:00Z
    const [{latest}] = await db.all<{latest: string}>(
      `SELECT max(decided_at)::TIMESTAMP AS latest FROM '${join(dir, "work", "credit-line", "decisions.parquet")}'`
    );
    assert.ok(Math.abs(byName.fresh.value! - (Date.parse("2026-06-30T12:00:00Z") - Date.parse(latest)) / 3.6e6) < 1e-3);
    assert.equal(report.failed, 4);
  });

  it("tests one column under a chosen statistic and threshold (column_drift, Evidently's TestColumnDrift)", async () => {
    const rules = parseAlertsConfig({
      checks: [
        {
          name: "income may",
          type: "column_drift",
          system: "credit-line",
          column: "income",
          current: "2026-05-04..2026-06-01"
        },
        {
          name: "income march",
          type: "column_drift",
          system: "credit-line",
          column: "income",
          current: "2026-03-02..2026-03-30"
        },
        {
          name: "channel js",
          type: "column_drift",
          system: "credit-line",
          column: "channel",
          test: "jensenshannon",
          threshold: 0.1,
          current: "2026-05-04..2026-06-01"
        },
        {
          name: "channel ks",
          type: "column_drift",
          system: "credit-line",
          column: "channel",
          test: "ks",
          current: "2026-05-04..2026-06-01"
        },
        {name: "nope", type: "column_drift", system: "credit-line", column: "nope", current: "2026-05-04..2026-06-01"}
      ]
    });
    assert.deepEqual([rules[0].type === "column_drift" && rules[0].test, rules[0].threshold], ["psi", 0.1]); // PSI's default
    const report = await runChecks({db, log: quiet, dir: join(dir, "work"), now: new Date()}, rules);
    const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
    assert.deepEqual(
      report.checks.map((c) => c.status),
      ["fail", "pass", "fail", "error", "error"]
    );
    assert.match(byName["income may"].message, /^income PSI [\d.]+ at or above 0.1 in 2026-05-04..2026-06-01 vs /);
    assert.match(byName["channel ks"].message, /Kolmogorov–Smirnov p-value does not apply to a categorical column/);
    assert.match(byName.nope.message, /not a drift column of credit-line/);
  });

  it("prints one JSON report and exits 0 when every check passes, 1 when one fails", async () => {
    const pass = config("pass", [{name: "q", type: "quarantine_rate", system: "credit-line", threshold: 0.5}]);
    const ok = await workbench("check", "--config", pass, "--data", join(dir, "work"), "--format", "json");
    assert.equal(ok.status, 0, ok.stderr);
    const report = JSON.parse(ok.stdout) as CheckReport;
    assert.deepEqual(Object.keys(report), ["checks", "failed"]);
    assert.deepEqual(Object.keys(report.checks[0]), ["name", "status", "value", "threshold", "message"]);
    assert.deepEqual([report.checks[0].status, report.failed], ["pass", 0]);

    const fail = config("fail", [
      {name: "q", type: "quarantine_rate", system: "credit-line", threshold: 0.5},
      {name: "q0", type: "quarantine_rate", system: "credit-line", threshold: 0}
    ]);
    const r = await workbench("check", "--config", fail, "--data", join(dir, "work"), "--format", "json");
    assert.equal(r.status, 1, r.stderr);
    const failed = JSON.parse(r.stdout) as CheckReport;
    assert.deepEqual([failed.failed, failed.checks.map((c) => c.status)], [1, ["pass", "fail"]]);
    assert.match(r.stderr, /check failed: 1 check\(s\) failed: q0/);
  });

  it("exits 2 for an unusable config, naming the file and the place in it", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "checks:\n  - {name: x, type: drift, system: credit-line, current: yesterday}\n");
    const r = await workbench("check", "--config", bad, "--data", join(dir, "work"), "--format", "json");
    assert.equal(r.status, 2);
    assert.match(JSON.parse(r.stdout).error, /bad\.yaml: checks\[0\]\.current: invalid window: "yesterday"/);
    const missing = await workbench("check", "--config", join(dir, "nope.yaml"), "--format", "json");
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.yaml: cannot read alerts config \(ENOENT\)/);
  });

  it("exits 2 with the report when a check cannot be evaluated, and POSTs it to the webhook", async () => {
    const server = await webhookServer((i) => (i === 0 ? 503 : 200));
    try {
      const file = config("unknown", [
        {name: "q", type: "quarantine_rate", system: "credit-line", threshold: 0},
        {name: "ghost", type: "quarantine_rate", system: "no-such-system", threshold: 0}
      ]);
      const r = await workbench(
        "check",
        "--config",
        file,
        "--data",
        join(dir, "work"),
        "--webhook",
        server.url,
        "--format",
        "json"
      );
      assert.equal(r.status, 2, r.stderr);
      const report = JSON.parse(r.stdout) as CheckReport;
      assert.deepEqual(
        report.checks.map((c) => [c.name, c.status]),
        [
          ["q", "fail"],
          ["ghost", "error"]
        ]
      );
      assert.match(report.checks[1].message, /unknown system "no-such-system" \(ingested: credit-line, fraud-screen\)/);
      assert.equal(server.received.length, 2); // a 503, then delivered
      assert.deepEqual(JSON.parse(server.received[1].body), report);
      assert.match(r.stderr, /webhook: delivered \(HTTP 200, attempt 2\)/);
    } finally {
      await server.close();
    }
  });

  it("exits 2 when the webhook cannot be reached, after its attempts", async () => {
    const server = await webhookServer(() => 500);
    try {
      const file = config("hook", [{name: "q", type: "quarantine_rate", system: "credit-line", threshold: 0.5}]);
      const r = await workbench(
        "check",
        "--config",
        file,
        "--data",
        join(dir, "work"),
        "--format",
        "json",
        "--webhook",
        server.url,
        "--webhook-attempts",
        "2",
        "--webhook-timeout",
        "2000"
      );
      assert.equal(r.status, 2);
      assert.equal(server.received.length, 2);
      assert.match(r.stderr, /webhook: not delivered after 2 attempt\(s\): HTTP 500, HTTP 500/);
      assert.equal((JSON.parse(r.stdout) as CheckReport).failed, 0);
    } finally {
      await server.close();
    }
  });

  it("the documented sample rules in data/alerts.yaml are valid", () => {
    const rules = parseAlertsConfig(yamlParse(readFileSync("data/alerts.yaml", "utf8")));
    assert.ok(rules.length >= 6);
    assert.deepEqual([...new Set(rules.map((r) => r.type))].sort(), [
      "column_drift",
      "drift",
      "fairness",
      "freshness",
      "performance",
      "quarantine_rate",
      "spc"
    ]);
  });
});
