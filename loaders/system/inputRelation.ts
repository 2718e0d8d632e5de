import {existsSync} from "node:fs";
import {InputError} from "../cli/errors.js";
import {sqlLiteral} from "../db/sqlLiteral.js";

/**
 * The DuckDB table function that reads a CSV, JSONL or Parquet file, chosen by extension (`.csv`,
 * `.jsonl`/`.ndjson`/`.json`, each optionally `.gz`; `.parquet`). CSV has a header row and DuckDB's
 * type sniffing; JSON is newline-delimited.
 *
 * @throws {InputError} `<file>: no such file` or `<file>: unknown format (csv, jsonl or parquet)`
 * @example inputRelation("x.parquet") // => "read_parquet('x.parquet')"
 */
export function inputRelation(file: string): string {
  if (!existsSync(file)) throw new InputError("no such file", {file});
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".parquet") && !file.toLowerCase().endsWith(".gz")) return `read_parquet(${sqlLiteral(file)})`;
  if (name.endsWith(".csv")) return `read_csv(${sqlLiteral(file)}, header = true)`;
  if (/\.(jsonl|ndjson|json)$/.test(name)) return `read_json(${sqlLiteral(file)}, format = 'newline_delimited')`;
  throw new InputError("unknown format (csv, jsonl or parquet)", {file});
}
