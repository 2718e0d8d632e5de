/**
 * The PostgreSQL server for tests: `$WORKBENCH_PG_URL` (set by .ci/run, e.g.
 * `postgres://workbench:workbench@127.0.0.1:5432/workbench`). Use as `{skip: postgresSkipReason()}`.
 */
import pg from "pg";

let warned = false;
let scratches = 0;

/**
 * Why PostgreSQL tests must be skipped, or `false` when `WORKBENCH_PG_URL` is set. Prints one loud warning per
 * process when it is not.
 *
 * @throws {Error} when WORKBENCH_PG_URL is unset and CI=true (CI starts a server: skipping there is failure)
 */
export function postgresSkipReason(): string | false {
  if (process.env.WORKBENCH_PG_URL) return false;
  const reason = "WORKBENCH_PG_URL is not set (e.g. postgres://workbench:workbench@127.0.0.1:5432/workbench)";
  if (process.env.CI === "true") throw new Error(`CI=true but ${reason}: .ci/run starts PostgreSQL and sets it`);
  if (!warned) {
    process.stderr.write(`\n${"!".repeat(78)}\n!! SKIPPING POSTGRESQL TESTS: ${reason}\n${"!".repeat(78)}\n\n`);
    warned = true;
  }
  return reason;
}

/** A connected client on WORKBENCH_PG_URL whose search_path is a fresh schema, dropped by `drop()`. */
export async function postgresScratch(): Promise<{
  client: pg.Client;
  schema: string;
  url: string;
  drop(): Promise<void>;
}> {
  const base = process.env.WORKBENCH_PG_URL!;
  const schema = `wb_test_${process.pid}_${scratches++}`; // unique: test files run in parallel processes
  const client = new pg.Client({connectionString: base});
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
  return {
    client,
    schema,
    url: base,
    async drop() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
  };
}
