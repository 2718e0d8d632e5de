import {postgresEngine} from "../loaders/engine/postgresEngine.js";
import type {Engine} from "../loaders/engine/Engine.js";
import {shardServers} from "../loaders/engine/shardServers.js";

/**
 * Rows the shards of a sharded PostgreSQL have sent to the coordinator so far, by the current user: postgres_fdw
 * reads a remote query's result with `FETCH n FROM cursor`, and each shard's pg_stat_statements (which
 * scripts/shardedPostgres.sh loads) adds up the rows of every FETCH. The difference of two readings is what crossed
 * the network in between, without running any query twice (EXPLAIN ANALYZE would).
 *
 * @example const before = await shardFetchRows(engine); await work(); (await shardFetchRows(engine)) - before
 */
export async function shardFetchRows(coordinator: Engine): Promise<number> {
  let rows = 0;
  for (const {url} of await shardServers(coordinator)) {
    const shard = await postgresEngine(url);
    try {
      const [{n}] = await shard.all<{n: number}>(
        `SELECT coalesce(sum(rows), 0) AS n FROM pg_stat_statements
         WHERE userid = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND query LIKE 'FETCH %'`
      );
      rows += Number(n);
    } finally {
      await shard.close();
    }
  }
  return rows;
}
