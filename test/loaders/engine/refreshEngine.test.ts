/**
 * Issue 16's proof, on the bundled sample (`npm run sample`: credit-line and fraud-screen): every derived table
 * computed by `refresh --engine` on a sharded PostgreSQL (scripts/shardedPostgres.sh: a coordinator and 2 postgres_fdw
 * shards, the sample loaded by shard-load) equals the embedded DuckDB's (derivedDifference: counts exactly, doubles to
 * 1e-12 relative, the columns ENGINE_DIFFERENCES names left out with their reason),
 * and every query a table sends is planned with its aggregation on the shards: EXPLAIN (VERBOSE) shows each Foreign
 * Scan as `Aggregate on ...` (a remote GROUP BY), EXPLAIN ANALYZE counts the rows that crossed. The exceptions are
 * stated below, each with its reason. The embedded tables are the sample's own (`npm run refresh`, a no-op when
 * they are fresh); the sharded refresh writes into a copy of the sample.
 */
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {cpSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, it} from "node:test";
import {openDb, type Db} from "../../../loaders/db/openDb.js";
import {cursorQuery} from "../../../loaders/engine/engineBatches.js";
import type {Engine} from "../../../loaders/engine/Engine.js";
import {openEngine} from "../../../loaders/engine/openEngine.js";
import {pushdownReport} from "../../../loaders/engine/pushdownReport.js";
import {recordingEngine, type RecordedQuery} from "../../../loaders/engine/recordingEngine.js";
import {refresh} from "../../../loaders/refresh/refresh.js";
import {derivedDifference} from "../../../loaders/refresh/derivedDifference.js";
import {REPO_ROOT} from "../../../loaders/system/repoRoot.js";
import {workDir} from "../../../loaders/system/workDir.js";
import {shardedSkipReason} from "./shardedTestUrl.js";

const SYSTEMS = ["credit-line", "fraud-screen"];

/**
 * Tables whose rows are rows, not aggregates, by design (the page needs them): on a sharded engine their SELECT ships
 * the rows (projected to the columns they need and filtered), so no aggregate is pushed.
 */
const ROW_LEVEL: Record<string, string> = {
  "fairness-rows": "one row per decision: the Fairness page re-slices them in the browser",
  "audit-rows": "one row per decision: the audit page looks one decision up",
  "shadow-rows": "one row per decision both models scored: the Shadow page compares them pair by pair",
  "replay-sample": "a sample of decisions replayed in the browser"
};

describe(
  "refresh --engine: every derived table of the sample on a sharded PostgreSQL",
  {skip: shardedSkipReason()},
  () => {
    const url = process.env.WORKBENCH_SHARDED_URL!;
    const cli = (...args: string[]) =>
      execFileSync("node", ["--import", "tsx", join(REPO_ROOT, "loaders/cli.ts"), ...args], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "ignore", "inherit"]
      });
    let tmp: string;
    let db: Db;
    let engine: Engine;
    let queries: RecordedQuery[];
    /** Per system and table: the queries the sharded refresh sent for it. */
    const sent = new Map<string, Map<string, RecordedQuery[]>>();

    before(async () => {
      cli("sample");
      cli("refresh"); // the embedded tables (a no-op when fresh)
      cli("shard-load", "--engine", url); // every system of the sample
      tmp = mkdtempSync(join(tmpdir(), "refresh-engine-"));
      for (const s of SYSTEMS)
        cpSync(join(workDir(), s), join(tmp, s), {
          recursive: true,
          dereference: true,
          filter: (f) => !/\/derived(-[^/]*)?$/.test(f)
        });
      // the generator's manifest too: the sample's freshness is judged as of its end in both (sampleEnd)
      cpSync(join(workDir(), "raw", "manifest.json"), join(tmp, "raw", "manifest.json"));
      ({engine, queries} = recordingEngine(await openEngine(url)));
      for (const system of SYSTEMS) {
        const tables = new Map<string, RecordedQuery[]>();
        let seen = queries.length;
        await refresh(
          {dir: tmp, systems: [system], force: true, engine, frameworkCache: null},
          {
            log: (m) => {
              const table = /^refresh [^:]+: ([^:]+): /.exec(m)?.[1];
              if (!table) return;
              tables.set(table, queries.slice(seen));
              seen = queries.length;
            }
          }
        );
        sent.set(system, tables);
      }
      db = await openDb();
    });
    after(async () => {
      await engine?.close();
      db?.close();
      if (tmp) rmSync(tmp, {recursive: true, force: true});
    });

    for (const system of SYSTEMS) {
      it(`${system}: every table equals the embedded DuckDB's`, async (t) => {
        const tables = await derivedDifference(db, workDir(), tmp, system);
        assert.ok(tables.length >= 30, `${tables.length} tables compared`);
        t.diagnostic(
          tables
            .map((x) => `${x.table}: ${x.rows} rows, largest relative difference ${x.worst.toExponential(1)}`)
            .join("\n")
        );
      });

      it(`${system}: every query is aggregated on the shards (row-level tables ship their rows, as stated)`, async (t) => {
        const lines: string[] = [];
        let planned = 0;
        for (const [table, recorded] of sent.get(system)!) {
          let shipped = 0;
          let kinds = 0;
          for (const recordedQuery of recorded) {
            // a table's rows are fetched through a cursor (engineBatches): its query is the cursor's
            const sql = cursorQuery(recordedQuery.sql);
            if (!/^\s*(WITH|SELECT)/i.test(sql) || sql.includes("$1") || /pg_catalog|__describe_/.test(sql)) continue;
            const report = await pushdownReport(engine, sql, {analyze: true});
            if (report.scans.length === 0) continue;
            kinds++;
            planned++;
            shipped += report.rows!;
            if (ROW_LEVEL[table] && !report.pushed) continue;
            assert.ok(
              report.pushed,
              `${system} ${table}: not pushed:\n${report.scans
                .filter((s) => !s.aggregate)
                .map((s) => s.remoteSql)
                .join("\n")}\nSQL: ${sql}`
            );
          }
          // the multivariate drift's PCA is fitted on the reference's sums and every row's error is summed per week on
          // the shards: sums cross, per shard and group (weeks, categories), not the feature rows
          if (table === "drift-multivariate") assert.ok(shipped <= 200, `${system} ${table}: ${shipped} rows crossed`);
          // spc-series: one query per source (decisions, outcomes) and unit (day, week) for every proportion metric,
          // the latency p95 per unit, the quarantine rate's accepted counts per unit and the automation start: 9, not
          // one per metric and unit (41 for credit-line's 20 metrics)
          if (table === "spc-series") assert.ok(kinds <= 9, `${system} ${table}: ${kinds} queries`);
          // the longest gaps come from pieces of the log (per day and hour, then the hours to cut finer: volumeDays),
          // not its timestamps: under a fifth of the sample's decisions (100,000 and 150,000)
          if (table === "quality-volume") assert.ok(shipped <= 20_000, `${system} ${table}: ${shipped} rows crossed`);
          lines.push(
            `${table}: ${kinds} queries, ${shipped} rows from the shards${ROW_LEVEL[table] ? ` (row-level: ${ROW_LEVEL[table]})` : ""}`
          );
        }
        t.diagnostic(lines.join("\n"));
        assert.ok(lines.length >= 30, `${lines.length} tables`);
        assert.ok(planned >= 50, `${planned} queries planned: the queries were not recorded`);
      });
    }
  }
);
