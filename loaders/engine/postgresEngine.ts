import pg from "pg";
import {InputError} from "../cli/errors.js";
import type {Engine} from "./Engine.js";
import {postgresTypes} from "./postgresValue.js";
import {queryError} from "./queryError.js";

/** Session settings that make PostgreSQL's results independent of the server's configuration. */
export const POSTGRES_SESSION = [
  "SET TimeZone = 'UTC'", // timestamptz values print in UTC; literals without an offset are UTC
  "SET DateStyle = 'ISO, YMD'", // CAST(date AS VARCHAR) is YYYY-MM-DD, as in DuckDB
  "SET IntervalStyle = 'iso_8601'",
  "SET extra_float_digits = 1" // shortest text that reads back to the same double
];

export interface PostgresEngineOptions {
  /** Statements run once after connecting, after POSTGRES_SESSION (e.g. the sharded engine's planner settings). */
  session?: string[];
  kind?: Engine["kind"];
}

/**
 * An engine on a PostgreSQL server, from a `postgres://user:password@host:port/database` URL (other parameters,
 * e.g. `sslmode`, go to the `pg` client). One connection; queries run one at a time in call order.
 * Values as postgresTypes converts them, which matches DuckDB's (see Engine).
 *
 * @throws {InputError} `<url>: cannot connect (...)` with the password left out
 * @example const engine = await postgresEngine("postgres://workbench:workbench@127.0.0.1:5432/workbench");
 */
export async function postgresEngine(url: string, options: PostgresEngineOptions = {}): Promise<Engine> {
  const name = urlName(url);
  const client = new pg.Client({connectionString: url, application_name: "decision-workbench", types: postgresTypes});
  client.on("error", () => {}); // a dropped connection also fails the running query, which reports it
  try {
    await client.connect();
  } catch (error) {
    throw new InputError(`cannot connect (${(error as Error).message})`, {file: name}, {cause: error});
  }
  const query = async (sql: string, params?: unknown[]) => {
    try {
      return await client.query(sql, params);
    } catch (error) {
      throw queryError(error, sql);
    }
  };
  for (const sql of [...POSTGRES_SESSION, ...(options.session ?? [])]) await query(sql);
  return {
    dialect: "postgres",
    kind: options.kind ?? "postgres",
    name,
    async all<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql: string, params?: unknown[]): Promise<void> {
      await query(sql, params);
    },
    async close() {
      await client.end().catch(() => {});
    }
  };
}

/** The URL without its password, for messages and manifests. */
export function urlName(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, "@");
  }
}
