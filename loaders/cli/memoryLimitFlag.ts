import {flagString, type Args} from "./args.js";
import {InputError} from "./errors.js";

/**
 * DuckDB's memory_limit for an ingest process: with Node and what DuckDB allocates outside its buffer pool, the
 * process stays under issue 14's 4 GB peak RSS (10M rows: 3.46 GB; docs/ingest.md, "Memory"); beyond it DuckDB spills
 * to the run's work folder.
 */
export const INGEST_MEMORY_LIMIT = "3GB";

/**
 * DuckDB's memory_limit for a refresh: lower than ingest's, since Node holds the model tables' typed columns beside
 * it, and DuckDB keeps what a large query took until the next asks for it (10M rows: 4.28 GB peak at 3GB; 3.55 GB at
 * 2.5GB on 2026-12-07, then 3.9–4.2 GB on 2026-12-08 once explain-counts ran in DuckDB just before model-metrics
 * read its 12.8M scored rows; 3.2 GB at 2GB, the same wall time; docs/scale.md).
 */
export const REFRESH_MEMORY_LIMIT = "2GB";

/**
 * `--memory-limit <size>` (default `fallback`): a size DuckDB reads, such as 3GB, 512MB or 2GiB.
 *
 * @throws {InputError} `--memory-limit: not a size such as 3GB or 512MB "lots"`
 * @example memoryLimitFlag(parseArgs(["--memory-limit", "2GB"]), INGEST_MEMORY_LIMIT) // => "2GB"
 */
export function memoryLimitFlag(args: Args, fallback: string): string {
  const limit = flagString(args, "memory-limit", fallback);
  if (!/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(limit))
    throw new InputError(`--memory-limit: not a size such as 3GB or 512MB ${JSON.stringify(limit)}`);
  return limit;
}
