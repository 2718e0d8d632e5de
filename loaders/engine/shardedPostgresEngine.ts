import type {Engine} from "./Engine.js";
import {postgresEngine} from "./postgresEngine.js";

/**
 * Planner settings of a sharded PostgreSQL session (a coordinator whose tables are partitioned, each partition a
 * postgres_fdw foreign table on a shard; scripts/shardedPostgres.sh builds one):
 * - `enable_partitionwise_aggregate`: plan an aggregate per partition when it groups by the partition key, which
 *   is what lets postgres_fdw send the whole GROUP BY to each shard (PostgreSQL 15 never pushes a *partial*
 *   aggregate to a foreign server: an aggregate that does not group by the key ships every row to the coordinator);
 *   `enable_partitionwise_join`: joins of co-located partitions planned per shard.
 * - `enable_hashagg = off`, `enable_sort = off`: with these the planner counts a coordinator-side HashAggregate or
 *   Sort as very expensive, so it prefers a plan that aggregates on the shards wherever one exists. Without them it
 *   compares costs, and when postgres_fdw estimates that a pushed GROUP BY returns as many rows as it reads (a value
 *   count of a near-unique column, or any GROUP BY whose groups it cannot estimate) shipping the rows and grouping
 *   them on the coordinator ties with it and often wins. The coordinator still sorts and hashes where nothing else
 *   can (merging the shards' partials, window functions): every plan pays for those alike.
 * - `cpu_tuple_cost = 0.05` (default 0.01): the one plan the two settings above leave unpenalised is a GROUP BY on
 *   the coordinator over rows the shards sort (a remote ORDER BY); postgres_fdw charges a remote sort 20 % of the
 *   scan's cost, and a higher per-row cost makes that surcharge outweigh the tie.
 * The plan test (test/loaders/engine/pushdown.test.ts) holds every derived-table query to a pushed plan.
 */
export const SHARDED_SESSION = [
  "SET enable_partitionwise_aggregate = on",
  "SET enable_partitionwise_join = on",
  "SET enable_hashagg = off",
  "SET enable_sort = off",
  "SET cpu_tuple_cost = 0.05"
];

/** Whether the database is a postgres_fdw coordinator: it declares at least one postgres_fdw foreign server. */
export const SHARDED_PROBE = `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_foreign_server s
  JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE w.fdwname = 'postgres_fdw') AS sharded`;

/**
 * An engine on the coordinator of a sharded PostgreSQL: a PostgreSQL engine with SHARDED_SESSION's planner
 * settings. Aggregating SQL must group by a table's partition key to be computed on the shards (see Relation,
 * partialAggregateSql); openEngine picks this engine when the database is a coordinator.
 *
 * @throws {InputError} when the server cannot be reached
 * @example const engine = await shardedPostgresEngine("postgres://workbench:workbench@127.0.0.1:5441/workbench");
 */
export async function shardedPostgresEngine(url: string): Promise<Engine> {
  return postgresEngine(url, {session: SHARDED_SESSION, kind: "sharded-postgres"});
}
