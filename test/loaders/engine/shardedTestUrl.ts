/**
 * The sharded PostgreSQL for tests: `$WORKBENCH_SHARDED_URL`, the coordinator that `scripts/shardedPostgres.sh start`
 * prints (e.g. `postgres://workbench:workbench@127.0.0.1:5441/workbench`); .ci/run starts it and sets it.
 * Use as `{skip: shardedSkipReason()}`.
 */
let warned = false;

/**
 * Why sharded PostgreSQL tests must be skipped, or `false` when `WORKBENCH_SHARDED_URL` is set. Prints one loud
 * warning per process when it is not.
 *
 * @throws {Error} when WORKBENCH_SHARDED_URL is unset and CI=true (CI starts the clusters: skipping there is failure)
 */
export function shardedSkipReason(): string | false {
  if (process.env.WORKBENCH_SHARDED_URL) return false;
  const reason = "WORKBENCH_SHARDED_URL is not set (run scripts/shardedPostgres.sh start and export the URL it prints)";
  if (process.env.CI === "true") throw new Error(`CI=true but ${reason}: .ci/run starts the clusters and sets it`);
  if (!warned) {
    process.stderr.write(`\n${"!".repeat(78)}\n!! SKIPPING SHARDED POSTGRESQL TESTS: ${reason}\n${"!".repeat(78)}\n\n`);
    warned = true;
  }
  return reason;
}
