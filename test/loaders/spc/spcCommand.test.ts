import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {parseArgs} from "../../../loaders/cli/args.js";
import {CheckFailed, InputError} from "../../../loaders/cli/errors.js";
import {spc} from "../../../loaders/commands/spc.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import type {SpcReport} from "../../../loaders/spc/spcReport.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {driftCells} from "../../../loaders/refresh/tables/driftCells.js";
import {driftReference} from "../../../loaders/refresh/tables/driftReference.js";
import {driftWindows} from "../../../loaders/refresh/tables/driftWindows.js";
import {spcSeries} from "../../../loaders/refresh/tables/spcSeries.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {writeDecisionFixture} from "./decisionFixture.js";

const cli = new URL("../../../loaders/cli.ts", import.meta.url).pathname;

// The fixture (see decisionFixture.ts) has 40 days from 2026-01-01 with 1 or 2 fallbacks in 100 decisions a
// day and a planted outage of 35 fallbacks a day on days 30–32 (2026-01-31 .. 2026-02-02).
describe("workbench spc", () => {
  let db: Db;
  let dir: string;
  let csv: string;
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "spc-cli-"));
    await writeDecisionFixture(db, dir, {days: 40, outage: [30, 31, 32]});
    csv = join(dir, "fallback.csv");
    await db.run(`COPY (SELECT decided_at AS at, (decision_source = 'fallback')::INTEGER AS fallback
      FROM read_parquet(${sqlLiteral(join(dir, "credit-line", "decisions.parquet"))}) ORDER BY decided_at)
      TO ${sqlLiteral(csv)} (HEADER)`);
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  const run = async (argv: string[]) => {
    const args = parseArgs(argv);
    try {
      return {failed: false, result: await spc.run({args, log: () => {}, format: "json"})};
    } catch (error) {
      if (error instanceof CheckFailed) return {failed: true, result: error.result};
      throw error;
    }
  };

  it("flags the planted outage in Phase II on the p-chart, the EWMA and the CUSUM, on the right days", async () => {
    const argv = ["--input", csv, "--time", "at", "--value", "fallback", "--baseline", "..2026-01-30"];
    const {failed, result} = await run(argv);
    const r = result as SpcReport;
    assert.equal(failed, true);
    // hand derivation: p̄ = (15·1 + 15·2)/3000 = 0.015; σ = sqrt(0.015·0.985/100) = 0.012155, UCL = 0.051466 < 0.35
    assert.ok(Math.abs(r.p_chart!.center - 0.015) < 1e-15);
    assert.ok(Math.abs(r.p_chart!.points[0].ucl - 0.051466) < 1e-6);
    const we1 = r.p_chart!.points.filter((d) => d.rules.includes("WE1")).map((d) => d.bucket);
    assert.deepEqual(we1, ["2026-01-31", "2026-02-01", "2026-02-02"]);
    assert.equal(r.ewma!.points.find((d) => d.signal)?.bucket, "2026-01-31");
    assert.equal(r.cusum!.points.find((d) => d.signal)?.bucket, "2026-01-31");
    // Phase I has only the fixture's own saw-tooth (1, 2, 1, 2 … fallbacks: NEL4 alternating, NEL7 within 1σ);
    // the check counts Phase II signals only: 5 rule violations (WE1 ×3, WE2 ×2) + 10 EWMA + 10 CUSUM+
    assert.deepEqual(new Set(r.signals.filter((s) => s.phase === 1).map((s) => s.rule)), new Set(["NEL4", "NEL7"]));
    assert.equal(r.check.monitored, "phase 2");
    assert.equal(r.check.signals, 25);
    assert.deepEqual(Object.keys(r.p_chart!.points[0]), ["bucket", "n", "p", "lcl", "ucl", "phase", "rules"]);
    assert.deepEqual(Object.keys(r.cusum!.points[0]), ["bucket", "c_plus", "c_minus", "signal"]);
    assert.deepEqual(Object.keys(r.ewma!.points[0]), ["bucket", "z", "lcl", "ucl", "signal"]);
  });

  it("passes when the monitored period has no signal, and applies only the rules asked for", async () => {
    const quiet = join(dir, "quiet.csv");
    await db.run(`COPY (SELECT * FROM read_csv(${sqlLiteral(csv)}) WHERE "at" < TIMESTAMP '2026-01-31')
      TO ${sqlLiteral(quiet)} (HEADER)`);
    // Phase II (Jan 21–30) continues the saw-tooth: the Western Electric rules, EWMA and CUSUM stay quiet,
    // Nelson's NEL4 (alternating) and NEL7 (within 1σ) keep firing
    const quietArgs = ["--input", quiet, "--time", "at", "--value", "fallback", "--baseline", "..2026-01-20"];
    const ok = await run([...quietArgs, "--rules", "WE1,WE2,WE3,WE4"]);
    assert.equal(ok.failed, false);
    assert.equal((ok.result as SpcReport).check.signals, 0);
    const nelson = await run(quietArgs);
    assert.equal(nelson.failed, true);
    assert.deepEqual(new Set((nelson.result as SpcReport).signals.map((s) => s.rule)), new Set(["NEL4", "NEL7"]));
    // without a baseline every bucket is monitored
    const we1 = await run(["--input", quiet, "--time", "at", "--value", "fallback", "--rules", "WE1,we2"]);
    assert.equal((we1.result as SpcReport).check.monitored, "all");
    assert.equal(we1.failed, false);
  });

  it("analyses every metric of an ingested system with --system", async () => {
    const {failed, result} = await run(["--system", "credit-line", "--data", dir, "--baseline", "..2026-01-30"]);
    assert.equal(failed, true);
    const r = result as {metrics: SpcReport[]};
    assert.deepEqual(
      r.metrics.map((m) => m.series),
      [
        "positive_rate",
        "review_rate",
        "override_rate",
        "fallback_rate",
        "score_null_rate",
        "latency_p95",
        "bad_rate",
        "quarantine_rate",
        ...[
          "model_name",
          "model_version",
          "threshold",
          "confidence_band",
          "reviewer_id",
          "review_decision",
          "review_seconds",
          "overridden",
          "shadow_model_name",
          "shadow_model_version",
          "shadow_score",
          "shadow_decision"
        ].map((c) => `null_rate:${c}`)
      ].map((id) => `credit-line ${id}`)
    );
    // a null rate is a p-chart of the share of nulls: confidence_band is null in d % 7 of day d's 100 decisions
    const band = r.metrics.find((m) => m.series === "credit-line null_rate:confidence_band")!;
    assert.deepEqual(
      band.p_chart!.points.slice(0, 8).map((d) => d.p),
      [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0]
    );
    const fallback = r.metrics.find((m) => m.series === "credit-line fallback_rate")!;
    assert.deepEqual(
      fallback.signals.filter((s) => s.rule === "WE1").map((s) => s.bucket),
      ["2026-01-31", "2026-02-01", "2026-02-02"]
    );
    // the fixture's approve rate is exactly 0.6 every day: no variation, so no EWMA/CUSUM (σ = 0), and the
    // p-chart's only rule is NEL7 (15 in a row within 1σ), from the 15th day on: 40 − 14 = 26 signals
    const approve = r.metrics.find((m) => m.series === "credit-line positive_rate")!;
    assert.equal(approve.ewma, null);
    assert.deepEqual(new Set(approve.signals.map((s) => s.rule)), new Set(["NEL7"]));
    assert.equal(approve.signals.length, 26);
    assert.equal(approve.signals[0].bucket, "2026-01-15");
  });

  it("the readable table puts the EWMA and CUSUM on their own buckets when the baseline starts later", async () => {
    const argv = ["--input", csv, "--time", "at", "--value", "fallback", "--baseline", "2026-01-10..2026-01-30"];
    const lines = spc.text!((await run(argv)).result).split("\n");
    const row = (bucket: string) => lines.find((l) => l.startsWith(bucket))!.split(/\s+/);
    // before the baseline: bucket, phase, n, p, LCL, UCL and nothing else (no rule fires on days 0–8)
    assert.equal(row("2026-01-09").length, 6);
    // the first outage day: WE1 and both EWMA and CUSUM⁺ signal (marked *), on that very row
    const outage = row("2026-01-31");
    assert.equal(outage[6], "WE1");
    assert.match(outage[7], /\*$/);
    assert.match(outage[8], /\*$/);
    assert.equal(row("2026-01-30").filter((c) => c.endsWith("*")).length, 0);
  });

  it("rejects bad flags as input errors", async () => {
    await assert.rejects(
      run(["--input", csv]),
      (e: Error) => e instanceof InputError && /missing --time/.test(e.message)
    );
    await assert.rejects(run(["--system", "x", "--input", csv]), /either --input or --system/);
    await assert.rejects(
      run(["--input", csv, "--time", "at", "--value", "fallback", "--lambda", "2"]),
      /invalid lambda: 2/
    );
    await assert.rejects(
      run(["--input", csv, "--time", "at", "--value", "fallback", "--rules", "WE9"]),
      /unknown rule "WE9"/
    );
    await assert.rejects(
      run(["--input", csv, "--time", "at", "--value", "fallback", "--baseline", "2026"]),
      /--baseline/
    );
    await assert.rejects(run(["--system", "credit-line", "--data", dir, "--metric", "nope"]), /unknown metric "nope"/);
  });

  it("the real CLI prints one JSON document and exits 1 on a signal, 2 on unusable input", () => {
    const env = {...process.env, TZ: "UTC"};
    const argv = ["--import", "tsx", cli, "spc", "--input", csv, "--time", "at", "--value", "fallback"];
    const signal = spawnSync(process.execPath, [...argv, "--baseline", "..2026-01-30", "--format", "json"], {env});
    assert.equal(signal.status, 1, signal.stderr.toString());
    assert.equal(JSON.parse(signal.stdout.toString()).check.failed, true);
    const bad = spawnSync(process.execPath, [...argv, "--bucket", "hour", "--format", "json"], {env});
    assert.equal(bad.status, 2);
    assert.match(JSON.parse(bad.stdout.toString()).error, /invalid bucket/);
    const text = spawnSync(process.execPath, [...argv, "--bucket", "week", "--baseline", "..2026-01-26"], {env});
    assert.equal(text.status, 1);
    assert.match(text.stdout.toString(), /by week; baseline 2025-12-29\.\.2026-01-26/);
  });

  it("refresh writes the SPC page's table for every system, metric and unit", async () => {
    const tables = [driftReference, driftCells, driftWindows, spcSeries];
    await refresh({dir, tables, frameworkCache: null}, {log: () => {}});
    const table = derivedSql(listSystems(dir), "spc-series");
    const rows = await db.all<{metric: string; unit: string; buckets: number}>(
      `SELECT metric, unit, count(*)::INTEGER AS buckets FROM (${table}) WHERE system = 'credit-line' GROUP BY ALL ORDER BY ALL`
    );
    // 40 days = 2026-01-01 .. 2026-02-09: 7 ISO weeks (from Monday 2025-12-29); outcomes for 38 days → 6 weeks
    const [{automated_from}] = await db.all<{automated_from: string}>(
      `SELECT DISTINCT automated_from FROM (${table}) WHERE system = 'credit-line'`
    );
    assert.equal(automated_from, "2026-01-01"); // the fixture has no 'human' decision
    const buckets = Object.fromEntries(rows.map((r) => [`${r.metric}/${r.unit}`, r.buckets]));
    assert.equal(buckets["fallback_rate/day"], 40);
    assert.equal(buckets["fallback_rate/week"], 7);
    assert.equal(buckets["bad_rate/day"], 38);
    assert.equal(buckets["latency_p95/week"], 7);
    assert.equal(buckets["quarantine_rate/day"], 40);
    assert.equal(buckets["null_rate:confidence_band/week"], 7);
    // 8 metrics and 12 null rates, by day and by week, and 17 weekly drift scores (share; PSI of 15 features
    // and the score), each over the 7 weeks
    assert.equal(buckets["drift_share/week"], 7);
    assert.equal(buckets["drift_psi:score/week"], 7);
    assert.equal(rows.length, 40 + 17);
  });
});
