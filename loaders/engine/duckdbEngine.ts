import {openDb, type DbOptions} from "../db/openDb.js";
import type {Engine} from "./Engine.js";

/**
 * The embedded engine: a DuckDB database (in memory by default) through openDb, so `TimeZone = 'UTC'`, two threads
 * and a 4 GB memory limit unless `options` say otherwise; values as openDb's plainValue converts them.
 *
 * @throws {Error} when DuckDB cannot open the database
 * @example const engine = await duckdbEngine(); await engine.all("SELECT 1 AS x"); // => [{x: 1}]
 */
export async function duckdbEngine(options: DbOptions = {}): Promise<Engine> {
  const db = await openDb(options);
  return {
    dialect: "duckdb",
    kind: "duckdb",
    name: `duckdb (${options.path ?? "in memory"})`,
    all: (sql, params) => db.all(sql, params),
    run: (sql, params) => db.run(sql, params),
    numericChunks: db.numericChunks,
    async close() {
      db.close();
    }
  };
}
