import assert from "node:assert/strict";
import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {sqlLiteral} from "../../../loaders/db/sqlLiteral.js";
import {sha256File} from "../../../loaders/ingest/sha256File.js";
import {integritySql} from "../../../loaders/quality/integritySql.js";
import {nullRatesSql} from "../../../loaders/quality/nullRatesSql.js";
import {quarantineSql} from "../../../loaders/quality/quarantineSql.js";
import {qualitySystem, type QualitySystem} from "../../../loaders/quality/qualitySystem.js";
import {volumeRows} from "../../../loaders/quality/volumeRows.js";
import {volumeSql} from "../../../loaders/quality/volumeSql.js";
import {duckdbEngine} from "../../../loaders/engine/duckdbEngine.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {overviewSystems} from "../../../loaders/refresh/tables/overviewSystems.js";
import {qualityChecksums} from "../../../loaders/refresh/tables/qualityChecksums.js";
import {qualityIntegrity} from "../../../loaders/refresh/tables/qualityIntegrity.js";
import {qualityNulls} from "../../../loaders/refresh/tables/qualityNulls.js";
import {qualityQuarantine} from "../../../loaders/refresh/tables/qualityQuarantine.js";
import {qualityVolume} from "../../../loaders/refresh/tables/qualityVolume.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {openSystem} from "../../../loaders/system/openSystem.js";

// A tiny ingested credit-line system (a subset of the contract's columns) in a temp work directory:
// decisions on Mon 2026-01-05 (2), Wed 01-07 (1), Mon 01-12 (1), none on 01-06; outcomes for CL-00000001 (observed
// before its decision), CL-00000003, and CL-99999999 (no such decision); quarantine: two rows, one failing two checks.
describe("data quality loaders", () => {
  let db: Db;
  let dir: string;
  let system: string;
  let q: QualitySystem;
  before(async () => {
    db = await openDb();
    dir = await mkdtemp(join(tmpdir(), "quality-"));
    system = join(dir, "credit-line");
    await mkdir(system);
    const copy = (sql: string, file: string) =>
      db.run(`COPY (${sql}) TO ${sqlLiteral(join(system, file))} (FORMAT parquet)`);
    await copy(
      `SELECT * FROM (VALUES
        ('CL-00000001', TIMESTAMP '2026-01-05 08:00:00', 1000.0, 0.1, 'model', false, 'approve'),
        ('CL-00000002', TIMESTAMP '2026-01-05 20:00:00', NULL, 0.2, 'model', false, 'decline'),
        ('CL-00000003', TIMESTAMP '2026-01-07 08:00:00', 3000.0, NULL, 'human', true, 'approve'),
        ('CL-00000004', TIMESTAMP '2026-01-12 08:00:00', NULL, NULL, 'human', true, 'decline')
      ) AS t(decision_id, decided_at, income, score, decision_source, routed_to_review, final_decision)`,
      "decisions.parquet"
    );
    await copy(
      `SELECT * FROM (VALUES
        ('CL-00000001', TIMESTAMP '2026-01-04 00:00:00', true),
        ('CL-00000003', TIMESTAMP '2026-02-20 00:00:00', false),
        ('CL-99999999', TIMESTAMP '2026-02-21 00:00:00', true)
      ) AS t(decision_id, observed_at, defaulted)`,
      "outcomes.parquet"
    );
    await copy(
      `SELECT * FROM (VALUES
        ('a.csv', 3, ['income: type', 'score: maximum'], '2026-01-06T10:00:00Z', 'CL-1,Jane Doe,...'),
        ('b.csv', 9, ['decided_at: type'], 'yesterday', 'CL-2,John Roe,...')
      ) AS t(_source_file, _row, _checks, decided_at, _raw)`,
      "quarantine.parquet"
    );
    const decisions = await sha256File(join(system, "decisions.parquet"));
    const outputs = [
      {file: "decisions.parquet", rows: 4, ...decisions},
      {file: "quarantine.parquet", rows: 2, bytes: 1, sha256: "0".repeat(64)},
      {file: "gone.parquet", rows: 0, bytes: 0, sha256: "1".repeat(64)}
    ];
    const manifest = {
      contract: {id: "urn:decision-workbench:credit-line", version: "1.0.0"},
      rows: {read: 6, accepted: 4, quarantined: 2},
      quarantineByCheck: {},
      outputs,
      run: {startedAt: "2026-01-13T08:00:00.000Z"}
    };
    await writeFile(join(system, "manifest.json"), JSON.stringify(manifest));
    q = await qualitySystem(db, await openSystem(dir, "credit-line"));
  });
  after(async () => {
    db.close();
    await rm(dir, {recursive: true, force: true});
  });

  it("qualitySystem reads the contract's columns present in each file and the outcome key", () => {
    assert.equal(q.system, "credit-line");
    assert.deepEqual(
      q.objects.map((o) => [o.name, o.time, o.columns.map((c) => c.name)]),
      [
        [
          "decisions",
          "decided_at",
          ["decision_id", "decided_at", "income", "score", "decision_source", "routed_to_review", "final_decision"]
        ],
        ["outcomes", "observed_at", ["decision_id", "observed_at", "defaulted"]]
      ]
    );
    assert.deepEqual(q.outcomes && {key: q.outcomes.key, label: q.outcomes.label}, {
      key: ["decision_id"],
      label: "defaulted"
    });
    assert.equal(q.slaHours, 24); // contract: latency 1 d
    assert.equal(q.maxLabelDelayDays, 90);
  });

  it("volumeSql counts decisions per day with one, with the longest gap ending each day; volumeRows adds the empty days", async () => {
    const rows = await db.all(volumeSql(q.objects[0].relation.from, "decided_at"));
    // hand derivation: 01-05 08:00 → 20:00 = 12 h; 01-05 20:00 → 01-07 08:00 = 36 h; 01-07 08:00 → 01-12 08:00 = 120 h
    assert.deepEqual(
      rows.map((r) => [r.day, r.decisions, r.max_gap_hours]),
      [
        ["2026-01-05", 2, 12],
        ["2026-01-07", 1, 36],
        ["2026-01-12", 1, 120]
      ]
    );
    const engine = await duckdbEngine();
    try {
      const days = (await volumeRows(engine, q)).filter((r) => r.grain === "day");
      assert.deepEqual(
        days.map((r) => [r.window_start, r.decisions, r.max_gap_hours]),
        [
          ["2026-01-05", 2, 12],
          ["2026-01-06", 0, null],
          ["2026-01-07", 1, 36],
          ["2026-01-08", 0, null],
          ["2026-01-09", 0, null],
          ["2026-01-10", 0, null],
          ["2026-01-11", 0, null],
          ["2026-01-12", 1, 120]
        ]
      );
    } finally {
      await engine.close();
    }
  });

  it("nullRatesSql gives rows, nulls and the rate per column, day and week", async () => {
    const rows = await db.all(nullRatesSql("credit-line", q.objects[0])!);
    const income = rows.filter((r) => r.column === "income");
    // hand derivation: income null on 01-05 (1 of 2) and 01-12 (1 of 1); week of 01-05: 1 of 3
    assert.deepEqual(
      income.map((r) => [r.grain, r.window_start, r.rows, r.nulls, r.null_rate, r.required]),
      [
        ["day", "2026-01-05", 2, 1, 0.5, true],
        ["day", "2026-01-07", 1, 0, 0, true],
        ["day", "2026-01-12", 1, 1, 1, true],
        ["week", "2026-01-05", 3, 1, 1 / 3, true],
        ["week", "2026-01-12", 1, 1, 1, true]
      ]
    );
    assert.equal(
      rows.find((r) => r.column === "score" && r.grain === "week" && r.window_start === "2026-01-05")?.nulls,
      1
    );
    assert.equal(rows.find((r) => r.column === "score")?.required, false);
  });

  it("integritySql finds pending, overdue and orphan outcomes and outcomes observed before their decision", async () => {
    // as of 2026-04-08 08:00, decisions before 2026-01-08 08:00 are due: CL-2 (no outcome) is overdue; CL-4 pending
    const rows = await db.all(integritySql(q, "2026-04-08T08:00:00")!);
    const week = (w: string) => rows.find((r) => r.week === w)!;
    assert.deepEqual(
      [
        week("2026-01-05").decisions,
        week("2026-01-05").labelled,
        week("2026-01-05").overdue,
        week("2026-01-05").pending
      ],
      [3, 2, 1, 0]
    );
    assert.deepEqual([week("2026-01-12").labelled, week("2026-01-12").pending, week("2026-01-12").overdue], [0, 1, 0]);
    // outcomes by their own week: 01-04 is in the week of 2025-12-29 and precedes its decision; CL-99999999 is an orphan
    assert.deepEqual([week("2025-12-29").outcomes, week("2025-12-29").outcomes_before_decision], [1, 1]);
    assert.deepEqual([week("2026-02-16").outcomes, week("2026-02-16").orphan_outcomes], [2, 1]);
    // default as-of: the last decision (2026-01-12): nothing is 90 days old yet
    const asOfEnd = await db.all(integritySql(q)!);
    assert.equal(
      asOfEnd.reduce((s, r) => s + (r.overdue as number), 0),
      0
    );
  });

  it("quarantineSql counts each failed check by week and file and never selects raw values", async () => {
    const sql = quarantineSql("credit-line", q.objects[0])!;
    const rows = await db.all(sql);
    assert.deepEqual(rows, [
      {
        system: "credit-line",
        object: "decisions",
        week: "2026-01-05",
        source_file: "a.csv",
        check: "income: type",
        rows: 1,
        rows_total: 1
      },
      {
        system: "credit-line",
        object: "decisions",
        week: "2026-01-05",
        source_file: "a.csv",
        check: "score: maximum",
        rows: 1,
        rows_total: 0
      },
      {
        system: "credit-line",
        object: "decisions",
        week: null,
        source_file: "b.csv",
        check: "decided_at: type",
        rows: 1,
        rows_total: 1
      }
    ]);
    assert.doesNotMatch(sql, /_raw/);
  });

  it("refresh writes every quality table as Parquet, with no raw quarantine value in it", async () => {
    const tables = [
      overviewSystems,
      qualityVolume,
      qualityNulls,
      qualityIntegrity,
      qualityQuarantine,
      qualityChecksums
    ];
    // A fixture is not the bundled sample, so freshness would be judged against the clock: pin the as-of time.
    const asOf = process.env.WORKBENCH_AS_OF;
    process.env.WORKBENCH_AS_OF = "2026-01-13T08:00:00Z";
    try {
      await refresh({dir, tables, frameworkCache: null}, {log: () => {}});
    } finally {
      if (asOf === undefined) delete process.env.WORKBENCH_AS_OF;
      else process.env.WORKBENCH_AS_OF = asOf;
    }
    const counts: Record<string, number> = {};
    const select = (table: string) => derivedSql(listSystems(dir), table);
    for (const {name} of tables) {
      const rows = await db.all(select(name));
      counts[name.replace(/^quality-/, "")] = rows.length;
      assert.doesNotMatch(JSON.stringify(rows), /Jane|John/, name);
    }
    if (asOf === undefined) delete process.env.WORKBENCH_AS_OF;
    else process.env.WORKBENCH_AS_OF = asOf;
    // 8 days + 2 weeks; 4 + 3 columns × (days + weeks); 3 checksum rows
    assert.equal(counts.volume, 10);
    assert.equal(counts.checksums, 3);
    assert.equal(counts["overview-systems"], 1);
    assert.equal(counts.quarantine, 3);
    // checksums (lineageReport): recomputed sha256 per manifest output
    const checksums = await db.all(`SELECT file, status FROM (${select("quality-checksums")}) ORDER BY file`);
    assert.deepEqual(
      checksums.map((c) => [c.file, c.status]),
      [
        ["decisions.parquet", "ok"],
        ["gone.parquet", "missing"],
        ["quarantine.parquet", "mismatch"]
      ]
    );
    // freshness as on the Overview: last decision 2026-01-12 08:00 to the as-of time 01-13 08:00 = 24 h ≤ SLA 24 h
    const [fresh] = await db.all(select("overview-systems"));
    assert.deepEqual([fresh.freshness_hours, fresh.sla_hours, fresh.fresh, fresh.as_of_basis], [24, 24, true, "set"]);
  });
});
