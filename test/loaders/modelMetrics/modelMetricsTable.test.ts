import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {loadRegistry} from "../../../loaders/models/loadRegistry.js";
import {modelMetricsTable, type ModelMetricsTable} from "../../../loaders/modelMetrics/modelMetricsTable.js";
import {scoredDecisions} from "../../../loaders/modelMetrics/scoredDecisions.js";
import {METRICS_COLUMNS, RELIABILITY_COLUMNS} from "../../../loaders/modelMetrics/modelMetricsColumns.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {modelAsOf} from "../../../loaders/refresh/tables/modelAsOf.js";
import {modelGroups} from "../../../loaders/refresh/tables/modelGroups.js";
import {modelMetrics} from "../../../loaders/refresh/tables/modelMetrics.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {openSystem, openSystems} from "../../../loaders/system/openSystem.js";
import {modelReliability} from "../../../loaders/refresh/tables/modelReliability.js";
import type {Registry} from "../../../src/lib/replay/modelEntry.js";
import {writeModelsFixture} from "./fixture.js";

const REGISTRY = "models/registry.json";
const quiet = () => {};

describe("model metrics loaders on a DuckDB fixture", () => {
  let dir = "";
  let db: Db;
  let registry: Registry;
  let table: ModelMetricsTable;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "model-metrics-"));
    db = await openDb();
    await writeModelsFixture(db, dir);
    registry = await loadRegistry(REGISTRY);
    const systems = await openSystems(dir);
    table = await modelMetricsTable(
      systems,
      registry,
      {db, log: quiet},
      {minLabelled: 1, minRows: 1, minGroupLabelled: 1}
    );
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  it("reads production and shadow scores with the registry's shadow threshold, labels only as of the last decision", async () => {
    // CL4 is observed exactly at the as-of time (counts: observed_at ≤ as of); CL5 and CL6 later (null)
    const s = await scoredDecisions({system: await openSystem(dir, "credit-line"), registry}, {db});
    assert.equal(s.as_of, "2026-04-01T12:00:00.000Z");
    assert.deepEqual(s.protected, ["sex", "age_band", "ethnicity"]);
    assert.deepEqual(
      s.versions.map((v) => [v.model, v.rows.map((r) => [r.day, r.score, r.threshold, r.label, r.role])]),
      [
        [
          "credit-gbdt@2.0.0",
          [
            ["2026-03-09", 0.35, 0.2, false, "shadow"],
            ["2026-03-10", 0.05, 0.2, null, "shadow"],
            ["2026-04-01", 0.7, 0.2, null, "shadow"]
          ]
        ],
        [
          "credit-lr@1.0.0",
          [
            ["2026-03-02", 0.05, 0.2, false, "production"],
            ["2026-03-03", 0.3, 0.2, true, "production"],
            ["2026-03-04", 0.1, 0.2, true, "production"],
            ["2026-03-09", 0.4, 0.2, false, "production"],
            ["2026-03-10", 0.15, 0.2, null, "production"],
            ["2026-04-01", 0.6, 0.2, null, "production"]
          ]
        ]
      ]
    );
    assert.deepEqual(s.versions[1].groups.sex, ["female", "male", "female", "male", "female", "male"]);
  });

  it("gives validation rows for every registered version and live windows for those that scored", () => {
    assert.deepEqual(table.as_of, {"credit-line": "2026-04-01T12:00:00.000Z"});
    const lr = table.metrics.filter((m) => m.model === "credit-lr@1.0.0");
    assert.deepEqual(
      lr.map((m) => [m.granularity, m.window_start, m.window_end, m.n, m.n_labelled, m.role]),
      [
        ["validation", "2025-07-01", "2026-01-01", 20000, 20000, "validation"],
        ["all", "2026-03-02", "2026-04-02", 6, 4, "production"],
        ["month", "2026-03-01", "2026-04-01", 5, 4, "production"],
        ["month", "2026-04-01", "2026-05-01", 1, 0, "production"],
        ["week", "2026-03-02", "2026-03-09", 3, 3, "production"],
        ["week", "2026-03-09", "2026-03-16", 2, 1, "production"],
        ["week", "2026-03-30", "2026-04-06", 1, 0, "production"]
      ]
    );
    const validation = registry.models.find((m) => m.name === "credit-lr")!.metrics.validation;
    assert.equal(lr[0].roc_auc, validation.roc_auc);
    assert.equal(lr[0].status, "production");
    // fraud-screen is not ingested: its versions have their validation row only
    assert.deepEqual(
      table.metrics.filter((m) => m.system === "fraud-screen").map((m) => [m.model, m.granularity]),
      [
        ["fraud-gbdt@1.0.0", "validation"],
        ["fraud-lr@1.1.0", "validation"]
      ]
    );
  });

  it("computes realised metrics on labelled decisions and CBPE estimates for the unlabelled month", () => {
    const all = table.metrics.find((m) => m.model === "credit-lr@1.0.0" && m.granularity === "all")!;
    // hand derivation: labelled (0.05, good) (0.30, bad) (0.10, bad) (0.40, good); bad pairs above good: 0.30 > 0.05,
    // 0.10 > 0.05 → AUC 2/4; at 0.2: TP 0.30, FP 0.40, FN 0.10, TN 0.05 → precision = recall = F1 = 0.5;
    // Brier (0.05² + 0.7² + 0.9² + 0.4²) / 4 = 0.365625
    assert.deepEqual([all.roc_auc, all.precision, all.recall, all.f1], [0.5, 0.5, 0.5, 0.5]);
    assert.ok(Math.abs(all.brier! - 0.365625) < 1e-12);
    // hand derivation: isotonic fit on (0.05, 0) (0.10, 1) (0.30, 1) (0.40, 0) pools the last three to 2/3; April's
    // only decision (0.60, predicted bad) gets p̂ = 2/3: expected TP 2/3, FP 1/3 → precision 2/3, recall 1
    const april = table.metrics.find((m) => m.model === "credit-lr@1.0.0" && m.window_start === "2026-04-01")!;
    assert.equal(april.roc_auc, null);
    assert.ok(Math.abs(april.est_precision! - 2 / 3) < 1e-12);
    assert.equal(april.est_recall, 1);
  });

  it("writes one reliability curve of ten bins per window, and per-group results", () => {
    const count = (model: string) => table.reliability.filter((b) => b.model === model).length;
    assert.equal(count("credit-lr@1.0.0"), 6 * 10);
    assert.equal(count("credit-gbdt@2.0.0"), 5 * 10);
    const all = table.reliability.filter((b) => b.model === "credit-lr@1.0.0" && b.granularity === "all");
    // hand derivation: labelled scores 0.05 → bin 0, 0.10 → bin 1, 0.30 → bin 3, 0.40 → bin 4
    assert.deepEqual(
      all.filter((b) => b.count > 0).map((b) => [b.bin, b.count, b.observed_rate]),
      [
        [0, 1, 0],
        [1, 1, 1],
        [3, 1, 1],
        [4, 1, 0]
      ]
    );
    // hand derivation: female = CL1 (0.05 good), CL3 (0.10 bad), CL5 (unlabelled): all below 0.2 → selected 1; AUC 1
    // male = CL2 (0.30 bad), CL4 (0.40 good), CL6: none selected; AUC 0
    const sex = table.groups.filter((g) => g.model === "credit-lr@1.0.0" && g.attribute === "sex");
    assert.deepEqual(
      sex.map((g) => [g.group, g.n, g.n_labelled, g.roc_auc, g.selection_rate, g.bad_rate]),
      [
        ["female", 3, 2, 1, 1, 0.5],
        ["male", 3, 2, 0, 0, 0.5]
      ]
    );
  });

  it("refresh writes the model-metrics table with the documented columns, which the page loader sorts", async () => {
    const tables = [modelMetrics, modelReliability, modelGroups, modelAsOf];
    await refresh({dir, tables, frameworkCache: null}, {log: quiet});
    const order = "system, model, granularity, window_start, period";
    const sql = derivedSql(listSystems(dir), "model-metrics", {orderBy: order});
    const columns = await db.all<{column_name: string}>(`DESCRIBE ${sql}`);
    assert.deepEqual(
      columns.map((c) => c.column_name),
      Object.keys(METRICS_COLUMNS)
    );
    const rows = await db.all<{model: string; granularity: string}>(`SELECT model, granularity FROM (${sql})`);
    // the refresh's table, per ingested system: the registry's validation row and the all, month and week windows
    // (settings.models thresholds: no realised metric on so few rows, but every window is listed); fraud-screen is
    // not ingested, so it has no table (the models command adds its validation rows)
    assert.equal(rows.length, table.metrics.filter((m) => m.system === "credit-line").length);
    assert.deepEqual(rows.slice(0, 2), [
      {model: "credit-gbdt@2.0.0", granularity: "all"},
      {model: "credit-gbdt@2.0.0", granularity: "month"}
    ]);
    const described = await db.all<{column_name: string}>(
      `DESCRIBE ${derivedSql(listSystems(dir), "model-reliability", {orderBy: `${order}, bin`})}`
    );
    assert.deepEqual(
      described.map((c) => c.column_name),
      Object.keys(RELIABILITY_COLUMNS)
    );
  });

  it("refresh gives the Models page the as-of times and the group results", async () => {
    const asOf = await db.all(derivedSql(listSystems(dir), "model-as-of"));
    assert.deepEqual(asOf, [{system: "credit-line", as_of: "2026-04-01T12:00:00.000Z"}]);
    const groups = await db.all<{attribute: string}>(derivedSql(listSystems(dir), "model-groups"));
    assert.deepEqual([...new Set(groups.map((g) => g.attribute))], ["sex", "age_band", "ethnicity"]);
  });

  it("workbench models prints the table and exits 1 when a production ROC AUC drops too far below validation", () => {
    const run = (...flags: string[]) =>
      spawnSync(
        process.execPath,
        ["--import", "tsx", "loaders/cli.ts", "models", "--dir", dir, "--min-rows", "1", "--format", "json", ...flags],
        {encoding: "utf8"}
      );
    // credit-lr validation ROC AUC 0.868 (registry); latest realised month 2026-03: 0.5 (drop 0.368); latest
    // estimated month 2026-04 (one decision): 0.5 (hand derivation: a single point gives the diagonal)
    const ok = run("--max-drop", "0.5");
    assert.equal(ok.status, 0, ok.stderr);
    const doc = JSON.parse(ok.stdout);
    assert.equal(doc.window, "month");
    const lr = doc.checks.find((c: {model: string}) => c.model === "credit-lr@1.0.0");
    assert.equal(lr.realised.window_start, "2026-03-01");
    assert.equal(lr.realised.roc_auc, 0.5);
    assert.equal(lr.estimated.window_start, "2026-04-01");
    assert.equal(lr.estimated.roc_auc, 0.5);
    assert.equal(doc.checks.find((c: {model: string}) => c.model === "fraud-gbdt@1.0.0").realised, null);
    assert.ok(doc.metrics.some((m: {granularity: string}) => m.granularity === "validation"));
    const failed = run("--max-drop", "0.1");
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(failed.stderr, /check failed: ROC AUC more than 0.1 below validation: credit-lr@1.0.0/);
    assert.equal(JSON.parse(failed.stdout).passed, false);
    const bad = run("--window", "day");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--window: must be month or week, got "day"/);
  });
});
