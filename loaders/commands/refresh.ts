import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {REFRESH_MEMORY_LIMIT, memoryLimitFlag} from "../cli/memoryLimitFlag.js";
import {staleSystems} from "../derived/staleSystems.js";
import type {SystemRefresh} from "../refresh/refresh.js";
import {listSystems} from "../system/listSystems.js";
import {REPO_ROOT} from "../system/repoRoot.js";
import {workDir} from "../system/workDir.js";

const usage = `usage: workbench refresh [--data <dir>] [--system <name>] [--force] [--engine <url>] [--memory-limit <size>]
         [--format json]

Computes every derived table the pages, the CLI checks and the alerts read, for every ingested system in --data
(default $WORKBENCH_DATA or data/.work) or the one named by --system, in one process, and writes each as
<data>/<system>/derived/<table>.parquet with derived/manifest.json: the inputs' sha256 (ingested files, contract,
cost model, model registry), the tool and DuckDB versions, the environment variables read (WORKBENCH_AS_OF), and
every table once with its rows, sha256 and seconds.

Stamp-checked: a system whose inputs, refresh code and environment are unchanged is left as it is (a no-op that
reads no data file and loads none of the tables); --force recomputes. Atomic: the tables are written to a new
folder and the derived link is swapped to it, so a reader never sees half a refresh. Run by npm run dev and
npm run build after npm run sample; data loaders and the checks (check, drift/spc/fairness/profile --system,
models, roi) also refresh stale tables before they read them. A table that cannot be computed for a system (a
role its contract does not tag, no cost model) is listed with its error in the manifest and the output; the other
tables stand and its readers report that error. Exit 0 success, 2 unusable input (no ingested system, an unknown
system, an invalid contract).

--engine postgres://user:password@host:port/db computes the tables in a PostgreSQL engine instead of the embedded
DuckDB: a plain server, or the coordinator of a sharded PostgreSQL (postgres_fdw shards, see
scripts/shardedPostgres.sh), where the system was loaded with workbench shard-load. The aggregating SQL runs there
(on the shards: every GROUP BY starts with the partition key), only aggregates come back, and the same derived files
are written here. See docs/scale.md, "Past one machine".

--memory-limit (default ${REFRESH_MEMORY_LIMIT}) is the embedded DuckDB's: the largest tables fill it (the scored decisions
sorted for model-metrics, audit-rows' ordered copy of every decision), so it bounds the process's peak memory; past
it DuckDB spills to its temporary directory.`;

/** `workbench refresh`: materialise every derived table of every ingested system once. */
export const refreshCommand: Command = {
  name: "refresh",
  summary: "compute every derived table the pages and checks read (no-op when inputs are unchanged)",
  usage,
  async help() {
    const {derivedTables} = await import("../refresh/derivedTables.js");
    const tables = derivedTables.map((t) => `  ${t.name.padEnd(20)} ${t.description}`);
    return `${usage}\n\nTables, per system (one file each in loaders/refresh/tables/, listed in loaders/refresh/derivedTables.ts):\n${tables.join("\n")}`;
  },
  booleans: ["force"],
  async run({args, log}) {
    const dir = flagString(args, "data", workDir());
    const memoryLimit = memoryLimitFlag(args, REFRESH_MEMORY_LIMIT);
    const wanted = args.flags.has("system") ? [flagString(args, "system")] : undefined;
    let systems;
    try {
      systems = listSystems(dir);
    } catch (error) {
      throw new InputError(`${(error as Error).message} (run npm run sample or workbench ingest)`, {}, {cause: error});
    }
    const chosen = wanted ? systems.filter((s) => wanted.includes(s.name)) : systems;
    const stale = args.flags.has("force")
      ? chosen.map((s) => s.name)
      : await staleSystems(chosen, {root: REPO_ROOT, dir});
    const done: SystemRefresh[] = chosen
      .filter((s) => !stale.includes(s.name))
      .map((s) => ({system: s.name, refreshed: false, manifest: `${s.paths.derived}/manifest.json`, tables: []}));
    if (stale.length === 0 && (!wanted || chosen.length > 0)) return done;
    const {refresh} = await import("../refresh/refresh.js");
    const url = args.flags.has("engine") ? flagString(args, "engine") : undefined;
    const engine = url === undefined ? undefined : await (await import("../engine/openEngine.js")).openEngine(url);
    let refreshed: SystemRefresh[];
    try {
      refreshed = await refresh(
        {dir, systems: wanted ?? stale, force: args.flags.has("force"), engine, memoryLimit},
        {log}
      );
    } finally {
      await engine?.close();
    }
    return [...done, ...refreshed.filter((r) => !done.some((d) => d.system === r.system))].sort((a, b) =>
      a.system < b.system ? -1 : 1
    );
  },
  text(result) {
    return (result as SystemRefresh[])
      .map((r) =>
        r.refreshed
          ? [
              `${r.system}: ${r.tables.length} tables refreshed (${r.tables.reduce((s, t) => s + t.seconds, 0).toFixed(1)} s) → ${r.manifest}`,
              ...r.tables.filter((t) => t.error !== undefined).map((t) => `  ${t.name}: not computed: ${t.error}`)
            ].join("\n")
          : `${r.system}: up to date`
      )
      .join("\n");
  }
};
