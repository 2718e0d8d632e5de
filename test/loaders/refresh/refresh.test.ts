import assert from "node:assert/strict";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  rmSync,
  utimesSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {derivedSql} from "../../../loaders/derived/derivedSql.js";
import {staleSystems} from "../../../loaders/derived/staleSystems.js";
import {sha256File} from "../../../loaders/ingest/sha256File.js";
import type {DerivedTable} from "../../../loaders/refresh/DerivedTable.js";
import {derivedTables} from "../../../loaders/refresh/derivedTables.js";
import {dependencyOrder, refresh} from "../../../loaders/refresh/refresh.js";
import type {RefreshManifest} from "../../../loaders/refresh/RefreshManifest.js";
import {driftCells} from "../../../loaders/refresh/tables/driftCells.js";
import {driftReference} from "../../../loaders/refresh/tables/driftReference.js";
import {overviewDaily} from "../../../loaders/refresh/tables/overviewDaily.js";
import {qualityIntegrity} from "../../../loaders/refresh/tables/qualityIntegrity.js";
import {writeDerived} from "../../../loaders/refresh/writeDerived.js";
import {listSystems} from "../../../loaders/system/listSystems.js";
import {REPO_ROOT} from "../../../loaders/system/repoRoot.js";
import {writeDecisionFixture} from "../spc/decisionFixture.js";

const quiet = () => {};

describe("refresh: every derived table once per system, stamp-checked and atomic", () => {
  let db: Db;
  let dir: string;
  let derived: string;
  const manifest = () => JSON.parse(readFileSync(join(derived, "manifest.json"), "utf8")) as RefreshManifest;
  // a test's own table: decisions per ISO week
  const weekly: DerivedTable<{week: string; decisions: number}> = {
    name: "test-weekly",
    description: "decisions per ISO week",
    columns: {week: "VARCHAR", decisions: "INTEGER"},
    async compute({system}) {
      return {
        sql: `SELECT strftime(date_trunc('week', decided_at), '%Y-%m-%d') AS week, count(*)::INTEGER AS decisions
FROM ${system.relation} GROUP BY 1 ORDER BY 1`
      };
    }
  };
  before(async () => {
    db = await openDb({threads: 1});
    dir = mkdtempSync(join(tmpdir(), "refresh-"));
    await writeDecisionFixture(db, dir, {days: 40, driftFrom: 33});
    derived = listSystems(dir)[0].paths.derived;
  });
  after(() => {
    db.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it("computes every registered table in one process and lists each once in the manifest", async () => {
    const [result] = await refresh({dir, frameworkCache: null}, {log: quiet});
    assert.equal(result.refreshed, true);
    const m = manifest();
    assert.deepEqual(
      m.tables.map((t) => t.name),
      dependencyOrder(derivedTables).map((t) => t.name)
    );
    assert.equal(new Set(m.tables.map((t) => t.name)).size, m.tables.length);
    for (const t of m.tables.filter((t) => t.error === undefined)) {
      assert.equal((await sha256File(join(derived, t.file))).sha256, t.sha256, t.name);
      const [{n}] = await db.all<{n: number}>(
        `SELECT count(*)::DOUBLE AS n FROM read_parquet('${join(derived, t.file)}')`
      );
      assert.equal(n, t.rows, t.name);
    }
    // the fixture has no ingest manifest, no cost model match and no shadow scores before day 20: the tables that
    // need them say why, the others stand (the drift series, computed once, is one of them)
    const byName = new Map(m.tables.map((t) => [t.name, t]));
    assert.equal(byName.get("drift-cells")!.error, undefined);
    assert.ok(byName.get("drift-cells")!.rows > 0);
    assert.match(byName.get("overview-systems")!.error!, /cannot read manifest/);
    assert.ok(m.inputs.some((i) => i.file === "data/contracts/credit-line.odcs.yaml"));
    assert.deepEqual(m.env, {WORKBENCH_AS_OF: null});
    assert.deepEqual(m.repoInputs, ["models/registry.json"]);
  });

  it("a reader of a table that could not be computed gets the recorded error", () => {
    assert.throws(
      () => derivedSql(listSystems(dir), "overview-systems"),
      /overview-systems could not be computed: .*cannot read manifest/
    );
  });

  it("is a no-op when nothing changed, even when an input's time changed but not its bytes", async () => {
    const link = readlinkSync(derived);
    const [again] = await refresh({dir, frameworkCache: null}, {log: quiet});
    assert.equal(again.refreshed, false);
    const decisions = listSystems(dir)[0].paths.decisions;
    utimesSync(decisions, new Date(), new Date("2030-01-01T00:00:00Z"));
    assert.deepEqual(await staleSystems(listSystems(dir), {root: REPO_ROOT, dir}), []);
    const [touched] = await refresh({dir, frameworkCache: null}, {log: quiet});
    assert.equal(touched.refreshed, false);
    assert.equal(readlinkSync(derived), link);
  });

  it("recomputes when an environment variable a table reads changes, and swaps the link atomically", async () => {
    const before = readlinkSync(derived);
    process.env.WORKBENCH_AS_OF = "2026-03-01T00:00:00Z";
    try {
      assert.deepEqual(await staleSystems(listSystems(dir), {root: REPO_ROOT, dir}), ["credit-line"]);
      const [result] = await refresh({dir, frameworkCache: null, tables: [qualityIntegrity]}, {log: quiet});
      assert.equal(result.refreshed, true);
      assert.notEqual(readlinkSync(derived), before);
      assert.deepEqual(manifest().env, {WORKBENCH_AS_OF: "2026-03-01T00:00:00Z"});
      // one generation folder: the previous one is gone once the link points to the new one
      const generations = readdirSync(join(dir, "credit-line")).filter((f) => f.startsWith("derived-"));
      assert.deepEqual(generations, [readlinkSync(derived)]);
    } finally {
      delete process.env.WORKBENCH_AS_OF;
    }
  });

  it("recomputes when an input's bytes change", async () => {
    await refresh({dir, frameworkCache: null, tables: [overviewDaily]}, {log: quiet});
    const decisions = listSystems(dir)[0].paths.decisions;
    const copy = join(dir, "copy.parquet");
    await db.run(
      `COPY (SELECT * FROM read_parquet('${decisions}') WHERE decided_at < '2026-02-01') TO '${copy}' (FORMAT parquet)`
    );
    copyFileSync(copy, decisions);
    assert.deepEqual(await staleSystems(listSystems(dir), {root: REPO_ROOT, dir}), ["credit-line"]);
    const [result] = await refresh({dir, frameworkCache: null, tables: [overviewDaily]}, {log: quiet});
    assert.equal(result.refreshed, true);
    assert.equal(result.tables[0].rows, 31); // 2026-01-01 .. 2026-01-31
  });

  it("adding a table is one object with its columns and compute function (here a test's own)", async () => {
    await refresh({dir, frameworkCache: null, tables: [weekly]}, {log: quiet});
    const rows = await db.all(derivedSql(listSystems(dir), "test-weekly"));
    assert.deepEqual(rows[0], {week: "2025-12-29", decisions: 400});
  });

  it("a table aggregates a table computed before it from its Parquet (relation), and only one it lists", async () => {
    const total: DerivedTable<{weeks: number; decisions: number}> = {
      name: "test-total",
      description: "weeks and decisions, from test-weekly's file",
      columns: {weeks: "INTEGER", decisions: "INTEGER"},
      reads: ["test-weekly"],
      async compute({relation}) {
        return {
          sql: `SELECT count(*)::INTEGER AS weeks, sum(decisions)::INTEGER AS decisions FROM ${relation("test-weekly")}`
        };
      }
    };
    const unlisted: DerivedTable<{n: number}> = {
      name: "test-unlisted",
      description: "reads test-weekly without listing it",
      columns: {n: "INTEGER"},
      async compute({relation}) {
        return {sql: `SELECT count(*)::INTEGER AS n FROM ${relation("test-weekly")}`};
      }
    };
    await refresh({dir, frameworkCache: null, tables: [weekly, total, unlisted]}, {log: quiet});
    const systems = listSystems(dir);
    const weeks = await db.all<{decisions: number}>(derivedSql(systems, "test-weekly"));
    const [sum] = await db.all<{weeks: number; decisions: number}>(derivedSql(systems, "test-total"));
    assert.deepEqual(
      {weeks: sum.weeks, decisions: sum.decisions},
      {weeks: weeks.length, decisions: weeks.reduce((n, w) => n + w.decisions, 0)}
    );
    assert.ok(weeks.length > 1);
    const failed = manifest().tables.find((t) => t.name === "test-unlisted");
    assert.match(failed?.error ?? "", /derived table test-unlisted does not list test-weekly in reads/);
  });

  it("a table reads the tables it lists (the drift cells read the reference), computed before it", () => {
    const names = dependencyOrder([driftCells, driftReference]).map((t) => t.name);
    assert.deepEqual(names, ["drift-reference", "drift-cells"]);
    const loop: DerivedTable<object> = {...driftReference, name: "a", reads: ["b"]};
    const back: DerivedTable<object> = {...driftReference, name: "b", reads: ["a"]};
    assert.throws(() => dependencyOrder([loop, back]), /derived tables read each other: a,b,a/);
    assert.throws(() => dependencyOrder([loop]), /derived table a reads an unknown table: b/);
  });

  it("SQL whose columns are not the declared ones is refused before anything is written", async () => {
    const engine = {dialect: "duckdb" as const, kind: "duckdb" as const, name: "test", ...db, close: async () => {}};
    const file = join(dir, "bad.parquet");
    await assert.rejects(
      writeDerived({local: engine, engine}, {name: "bad"}, {x: "INTEGER"}, {sql: "SELECT 1.5 AS x"}, file),
      /bad: columns x DECIMAL\(2,1\) are not the declared x INTEGER/
    );
    assert.ok(!existsSync(file));
  });

  it("runs its DuckDB under the given memory limit: a tight one writes the same bytes, one that is not a size fails", async () => {
    await refresh({dir, force: true, frameworkCache: null}, {log: quiet});
    const before = new Map(manifest().tables.map((t) => [t.name, t.sha256]));
    const [tight] = await refresh({dir, force: true, memoryLimit: "256MB", frameworkCache: null}, {log: quiet});
    assert.equal(tight.refreshed, true);
    const written = manifest().tables.filter((t) => t.error === undefined);
    assert.ok(written.length >= 20, `${written.length} tables written`);
    for (const t of written) assert.equal(t.sha256, before.get(t.name), t.name);
    await assert.rejects(
      refresh({dir, force: true, memoryLimit: "lots", frameworkCache: null}, {log: quiet}),
      /^Error: cannot open DuckDB :memory: \(threads "2", memory_limit "lots"\): Failed to set config/
    );
  });
});
