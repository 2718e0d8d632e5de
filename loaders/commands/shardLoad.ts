import {flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {duckdbEngine} from "../engine/duckdbEngine.js";
import {shardLoad as load, type ShardLoadResult} from "../engine/shardLoad.js";
import {systemShardRequest} from "../engine/systemShardRequest.js";
import {commandSystems} from "../system/commandSource.js";

const usage = `usage: workbench shard-load --engine <postgres://...> [--data <dir>] [--system <name>] [--format json]

Loads ingested systems (every one in --data, default $WORKBENCH_DATA or data/.work, or the one named) into a
PostgreSQL engine, for workbench refresh --engine. On a sharded PostgreSQL (a coordinator with postgres_fdw foreign
servers, e.g. scripts/shardedPostgres.sh start) each decision goes to one shard by the hash of its key, its outcomes
with it, and the coordinator's <system>.decisions, .outcomes, .labelled (decisions with outcomes) and
.outcomes_decided (views on each shard) are partitioned by _shard over the shards; on a plain PostgreSQL the same
tables are created in the database itself. Quarantined rows are not loaded (they keep personal data as received; the
refresh reads them locally). Replaces the system's tables. See docs/scale.md, "Past one machine".`;

/** `workbench shard-load`: spread ingested systems over a (sharded) PostgreSQL engine. */
export const shardLoad: Command = {
  name: "shard-load",
  summary: "load ingested systems into a (sharded) PostgreSQL engine for refresh --engine",
  usage,
  async run({args, log}) {
    const url = flagString(args, "engine");
    if (!/^postgres(ql)?:\/\//i.test(url))
      throw new InputError(`--engine: not a postgres:// URL ${JSON.stringify(url)}`);
    const systems = await commandSystems(args);
    const db = await openDb();
    const duck = await duckdbEngine();
    const results: ({system: string} & ShardLoadResult)[] = [];
    try {
      for (const system of systems) {
        const result = await load({url, db, log}, await systemShardRequest(system, duck));
        results.push({system: system.name, ...result});
      }
    } finally {
      db.close();
      await duck.close();
    }
    return results;
  },
  text(result) {
    return (result as ({system: string} & ShardLoadResult)[])
      .map(
        (r) =>
          `${r.system}: ${Object.entries(r.rows)
            .map(([t, n]) => `${t} ${n.reduce((a, b) => a + b, 0)} rows`)
            .join(", ")} ${r.shards.length > 0 ? `over ${r.shards.join(", ")}` : "(no shards)"}`
      )
      .join("\n");
  }
};
