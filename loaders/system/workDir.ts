import {fileURLToPath} from "node:url";

/**
 * The workbench's data directory: `$WORKBENCH_DATA` when set, else `data/.work` in this repository
 * (where the `sample` command ingests the bundled sample). Resolved from this file, not the process's
 * working directory, because Framework runs data loaders from its own cwd.
 *
 * @example workDir() // => "/home/me/decision-workbench/data/.work"
 */
export function workDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WORKBENCH_DATA || fileURLToPath(new URL("../../data/.work", import.meta.url));
}
