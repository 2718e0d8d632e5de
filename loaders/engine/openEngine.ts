import {InputError} from "../cli/errors.js";
import type {DbOptions} from "../db/openDb.js";
import {duckdbEngine} from "./duckdbEngine.js";
import type {Engine} from "./Engine.js";
import {postgresEngine} from "./postgresEngine.js";
import {SHARDED_PROBE, SHARDED_SESSION} from "./shardedPostgresEngine.js";

/**
 * The engine an `--engine` option names: nothing (or `duckdb`) for embedded DuckDB, a `postgres://` (or
 * `postgresql://`) URL for a PostgreSQL server, which is a sharded engine (shardedPostgresEngine's settings)
 * when the database is a postgres_fdw coordinator (it declares a postgres_fdw foreign server).
 *
 * @throws {InputError} `unknown engine "x" (use duckdb or a postgres:// URL)`, or when PostgreSQL cannot be reached
 * @example const engine = await openEngine(process.env.WORKBENCH_ENGINE); // DuckDB when unset
 */
export async function openEngine(url?: string, duckdb: DbOptions = {}): Promise<Engine> {
  if (url === undefined || url === "" || url === "duckdb") return duckdbEngine(duckdb);
  if (!/^postgres(ql)?:\/\//i.test(url))
    throw new InputError(`unknown engine ${JSON.stringify(url)} (use duckdb or a postgres:// URL)`);
  const engine = await postgresEngine(url);
  try {
    const [{sharded}] = await engine.all<{sharded: boolean}>(SHARDED_PROBE);
    if (!sharded) return engine;
    for (const sql of SHARDED_SESSION) await engine.run(sql);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return {...engine, kind: "sharded-postgres"};
}
