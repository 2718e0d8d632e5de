/**
 * True when the CLI should print stack traces and full messages: `--debug` anywhere in the arguments, or
 * `WORKBENCH_DEBUG` set to anything but ``, `0` or `false`.
 *
 * @example isDebug(["ingest", "--debug"], {}) // => true
 */
export function isDebug(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.WORKBENCH_DEBUG?.trim().toLowerCase();
  return argv.includes("--debug") || (value !== undefined && !["", "0", "false"].includes(value));
}
