import {InputError} from "../cli/errors.js";

export interface SourceFormat {
  kind: "csv" | "jsonl" | "parquet";
  gzip: boolean;
}

/**
 * A source file's format from its name: `.csv`, `.jsonl`/`.ndjson` (JSON Lines), `.parquet`; text formats
 * may end in `.gz` (gzip). Case-insensitive.
 *
 * @throws {InputError} `<file>: unknown format (expected .csv, .jsonl, .ndjson or .parquet, text optionally .gz)`
 * @example sourceFormat("decisions-2026-01.jsonl.gz") // => {kind: "jsonl", gzip: true}
 */
export function sourceFormat(file: string): SourceFormat {
  const m = /\.(csv|jsonl|ndjson|parquet)(\.gz)?$/i.exec(file);
  if (!m || (m[1].toLowerCase() === "parquet" && m[2]))
    throw new InputError("unknown format (expected .csv, .jsonl, .ndjson or .parquet, text optionally .gz)", {file});
  const kind = m[1].toLowerCase();
  return {kind: kind === "ndjson" ? "jsonl" : (kind as SourceFormat["kind"]), gzip: m[2] !== undefined};
}
