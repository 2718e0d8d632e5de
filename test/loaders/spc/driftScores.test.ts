import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {parseArgs} from "../../../loaders/cli/args.js";
import {CheckFailed, InputError} from "../../../loaders/cli/errors.js";
import {spc} from "../../../loaders/commands/spc.js";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {driftCells} from "../../../loaders/refresh/tables/driftCells.js";
import {driftReference} from "../../../loaders/refresh/tables/driftReference.js";
import {driftWindows} from "../../../loaders/refresh/tables/driftWindows.js";
import {spcSeries} from "../../../loaders/refresh/tables/spcSeries.js";
import {driftScores} from "../../../loaders/spc/driftScores.js";
import type {SpcReport} from "../../../loaders/spc/spcReport.js";
import {spcSystem} from "../../../loaders/spc/spcSystem.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {openSystem} from "../../../loaders/system/openSystem.js";
import type {DriftCellRow, DriftWindowRow} from "../../../src/lib/drift/driftView.js";
import {settings} from "../../../src/lib/settings.js";
import {writeDecisionFixture} from "./decisionFixture.js";

// The fixture (decisionFixture.ts): 40 days from Thursday 2026-01-01, 100 decisions a day, income scaled by 0.6 and
// channel mostly 'partner' from day 33 (2026-02-03) on. Drift's default reference is the 4 weeks from the first
// Monday with a score, 2026-01-05 .. 2026-02-02; the ISO weeks run from Monday 2025-12-29 to 2026-02-09.
describe("drift scores as SPC series", () => {
  let db: Db;
  let dir: string;
  let drift: {cells: DriftCellRow[]; windows: DriftWindowRow[]};
  const select = (table: string) => derivedSql(listSystems(dir), table);
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "spc-drift-"));
    await writeDecisionFixture(db, dir, {days: 40, driftFrom: 33});
    // the drift series is computed once, by the drift tables; spc-series reads it
    const tables = [driftReference, driftCells, driftWindows, spcSeries];
    await refresh({dir, tables, frameworkCache: null}, {log: () => {}});
    drift = {cells: await db.all(select("drift-cells")), windows: await db.all(select("drift-windows"))};
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("lists the drift share and one PSI per compared column, with the drift thresholds", async () => {
    const metrics = spcSystem(await openSystem(dir, "credit-line")).drift!.metrics;
    assert.equal(metrics.length, 1 + 15 + 1);
    assert.deepEqual(
      [metrics[0].id, metrics[0].threshold],
      ["drift_share", settings.drift.share] // the Drift page's share threshold, 0.3
    );
    const score = metrics.find((m) => m.id === "drift_psi:score")!;
    assert.equal(score.label, "score PSI (prediction drift)");
    assert.equal(score.threshold, 0.1); // the PSI entry of the drift test registry
    assert.deepEqual(score.family, {id: "drift_psi", label: "drift PSI (per column)", member: "score"});
  });

  it("equal the Drift page's PSI and dataset drift share, week by week", async () => {
    const scores = driftScores(drift.cells, drift.windows);
    assert.deepEqual(
      scores.get("drift_share"),
      drift.windows.map((w) => ({bucket: w.window_start, value: w.share}))
    );
    for (const column of ["income", "channel", "score", "housing"])
      assert.deepEqual(
        scores.get(`drift_psi:${column}`),
        drift.cells.filter((c) => c.name === column).map((c) => ({bucket: c.window_start, value: c.psi})),
        column
      );
    assert.equal(scores.size, 17);
    // the planted shift: income and channel PSI cross 0.1 in the week of Monday 2026-02-02 (6 of its 7 days
    // shifted) and stay below it in the weeks before; the drift share then is 2 of 15 features
    const income = scores.get("drift_psi:income")!;
    assert.deepEqual(
      income.filter((d) => d.value >= 0.1).map((d) => d.bucket),
      ["2026-02-02", "2026-02-09"]
    );
    assert.equal(scores.get("drift_share")!.find((d) => d.bucket === "2026-02-02")!.value, 2 / 15);
  });

  it("reach the page's table bit for bit and the CLI by week", async () => {
    const rows = await db.all<{bucket: string; value: number; threshold: number; member: string}>(
      `SELECT bucket, value, threshold, member FROM (${select("spc-series")})
       WHERE metric = 'drift_psi:income' AND unit = 'week' ORDER BY bucket`
    );
    const psi = drift.cells.filter((c) => c.name === "income");
    assert.deepEqual(
      rows.map((r) => [r.bucket, r.value]),
      psi.map((c) => [c.window_start, c.psi])
    );
    assert.deepEqual(new Set(rows.map((r) => `${r.member} ${r.threshold}`)), new Set(["income 0.1"]));

    const run = async (argv: string[]) => {
      try {
        return (await spc.run({args: parseArgs(argv), log: () => {}, format: "json"})) as SpcReport;
      } catch (error) {
        if (error instanceof CheckFailed) return error.result as SpcReport;
        throw error;
      }
    };
    const base = ["--system", "credit-line", "--data", dir, "--metric", "drift_psi:income"];
    const report = await run([...base, "--bucket", "week", "--baseline", "..2026-01-26"]);
    assert.equal(report.kind, "value");
    assert.deepEqual(
      report.individuals.points.map((d) => [d.bucket, d.value]),
      psi.map((c) => [c.window_start, c.psi])
    );
    // the shifted weeks are far beyond the individuals limits of the quiet weeks
    assert.deepEqual(
      report.individuals.points.filter((d) => d.rules.includes("WE1")).map((d) => d.bucket),
      ["2026-02-02", "2026-02-09"]
    );
    await assert.rejects(
      run([...base, "--bucket", "day"]),
      (e: Error) => e instanceof InputError && /drift scores are weekly/.test(e.message)
    );
  });
});
