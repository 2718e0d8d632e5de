import {flagString, type Args} from "./args.js";
import {InputError} from "./errors.js";

/**
 * DuckDB's memory_limit for a CLI process that reads a whole log (ingest, refresh): with Node and what DuckDB
 * allocates outside its buffer pool, the process stays under issue 14's 4 GB peak RSS (docs/scale.md); beyond it
 * DuckDB spills to its temporary directory.
 */
export const DEFAULT_MEMORY_LIMIT = "3GB";

/**
 * `--memory-limit <size>` (default DEFAULT_MEMORY_LIMIT): a size DuckDB reads, such as 3GB, 512MB or 2GiB.
 *
 * @throws {InputError} `--memory-limit: not a size such as 3GB or 512MB "lots"`
 * @example memoryLimitFlag(parseArgs(["--memory-limit", "2GB"])) // => "2GB"
 */
export function memoryLimitFlag(args: Args): string {
  const limit = flagString(args, "memory-limit", DEFAULT_MEMORY_LIMIT);
  if (!/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(limit))
    throw new InputError(`--memory-limit: not a size such as 3GB or 512MB ${JSON.stringify(limit)}`);
  return limit;
}
