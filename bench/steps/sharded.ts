import {cpSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {flagString} from "../../loaders/cli/args.js";
import {openDb} from "../../loaders/db/openDb.js";
import {openEngine} from "../../loaders/engine/openEngine.js";
import {derivedDifference} from "../../loaders/refresh/derivedDifference.js";
import {SYSTEM, workbench} from "../bench.js";
import {clusterCpuSeconds} from "../clusterCpu.js";
import {measure, type Measured} from "../measure.js";
import {shardFetchRows} from "../shardFetchRows.js";
import type {Step} from "./Step.js";

/** What a sharded step cost beyond the workbench process: each cluster's CPU, and the rows the shards sent. */
interface Sharded {
  m: Measured;
  clusters: Record<string, number>;
  shardRows: number;
}

/**
 * Issue 16: the derived tables of the system computed by embedded DuckDB and by a sharded PostgreSQL
 * (scripts/shardedPostgres.sh start: a coordinator and postgres_fdw shards on this machine; `--engine <url>`, default
 * $WORKBENCH_SHARDED_URL), after `workbench shard-load` spreads the ingested log over the shards. Each process under
 * GNU time, plus each PostgreSQL cluster's CPU from /proc (bench/clusterCpu.ts; the shards do the work, GNU time
 * cannot see it) and the rows the shards sent to the coordinator (bench/shardFetchRows.ts); then the two sets of
 * derived tables are compared (derivedDifference, in DuckDB over the Parquet files: counts exactly, doubles to 1e-12
 * relative), timed in this process. Run: `npm run bench -- --rows 10000000 --only sharded` (no raised heap needed for
 * the comparison; the refreshes' own heap: `--node-heap <MB>`).
 */
export const sharded: Step = {
  name: "sharded",
  summary: "refresh on a sharded PostgreSQL (2 postgres_fdw shards) vs embedded DuckDB: wall, CPU, rows transferred",
  needs: "system",
  optional: true,
  async run(bench) {
    const url = flagString(
      bench.args,
      "sharded",
      process.env.WORKBENCH_SHARDED_URL ?? "postgres://workbench:workbench@127.0.0.1:5441/workbench"
    );
    const shardsDir = process.env.WORKBENCH_SHARDS_DIR ?? "/tmp/workbench-shards";
    const clusters = readdirSync(shardsDir, {withFileTypes: true})
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const cpu = () => Object.fromEntries(clusters.map((c) => [c, clusterCpuSeconds(join(shardsDir, c))]));
    // one clock for both refreshes: the Overview's freshness is judged as of it (WORKBENCH_AS_OF), else as of each run
    const env = {WORKBENCH_AS_OF: new Date().toISOString(), ...bench.env};
    const run = async (...command: string[]): Promise<Sharded> => {
      const coordinator = await openEngine(url);
      try {
        const [cpu0, rows0] = [cpu(), await shardFetchRows(coordinator)];
        const m = await measure("node", workbench(...command), {env});
        const [cpu1, rows1] = [cpu(), await shardFetchRows(coordinator)];
        const spent = Object.fromEntries(clusters.map((c) => [c, Math.round((cpu1[c] - cpu0[c]) * 10) / 10]));
        return {m, clusters: spent, shardRows: rows1 - rows0};
      } finally {
        await coordinator.close();
      }
    };
    const note = (s: Sharded) =>
      `+ PostgreSQL CPU ${Object.entries(s.clusters)
        .map(([c, v]) => `${c} ${v.toFixed(1)} s`)
        .join(", ")}; ${s.shardRows.toLocaleString("en")} rows from the shards`;
    const load = await run("shard-load", "--data", bench.work, "--system", SYSTEM, "--engine", url);
    bench.record({step: "sharded: shard-load (2 shards)", rows: bench.size, m: load.m, note: note(load)});
    const embedded = await measure("node", workbench("refresh", "--data", bench.work, "--system", SYSTEM, "--force"), {
      env
    });
    bench.record({step: "sharded: refresh, embedded DuckDB", rows: bench.size, m: embedded});
    const keep = mkdtempSync(join(tmpdir(), "bench-sharded-"));
    try {
      cpSync(join(bench.system, "derived"), join(keep, SYSTEM, "derived"), {recursive: true, dereference: true});
      const remote = await run(
        "refresh",
        "--data",
        bench.work,
        "--system",
        SYSTEM,
        "--force",
        "--engine",
        url,
        "--format",
        "json"
      );
      bench.record({step: "sharded: refresh, sharded PostgreSQL", rows: bench.size, m: remote.m, note: note(remote)});
      // in this process, in DuckDB over the Parquet files (memory bounded: 10M-row tables never come into JS)
      const [t0, cpu0] = [performance.now(), process.cpuUsage()];
      const db = await openDb();
      const tables = await derivedDifference(db, keep, bench.work, SYSTEM).finally(() => db.close());
      const cpu1 = process.cpuUsage(cpu0);
      bench.record({
        step: "sharded: derivedDifference (bench process)",
        rows: bench.size,
        m: {
          command: "derivedDifference",
          exitCode: 0,
          seconds: (performance.now() - t0) / 1000,
          cpuSeconds: (cpu1.user + cpu1.system) / 1e6,
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          stdout: ""
        },
        note: "the two sets of derived tables compared; peak RSS is the bench process's over its whole run"
      });
      const worst = Math.max(0, ...tables.map((t) => t.worst));
      const pg = Object.values(remote.clusters).reduce((a, b) => a + b, 0);
      bench.ratio(
        `${bench.size.toLocaleString("en")} rows, refresh on 2 shards vs embedded DuckDB: wall ` +
          `${remote.m.seconds.toFixed(1)} s vs ${embedded.seconds.toFixed(1)} s, CPU ${(remote.m.cpuSeconds + pg).toFixed(1)} s ` +
          `(workbench ${remote.m.cpuSeconds.toFixed(1)} s + PostgreSQL ${pg.toFixed(1)} s) vs ${embedded.cpuSeconds.toFixed(1)} s, ` +
          `${remote.shardRows.toLocaleString("en")} rows from the shards for ${bench.size.toLocaleString("en")} decisions; ` +
          `${tables.length} tables equal (derivedDifference), largest relative difference ${worst.toExponential(1)}`
      );
    } finally {
      rmSync(keep, {recursive: true, force: true});
    }
  }
};
