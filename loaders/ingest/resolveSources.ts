import {stat} from "node:fs/promises";
import {dirname, relative, resolve, sep} from "node:path";
import {InputError} from "../cli/errors.js";
import type {Db} from "../db/openDb.js";

export interface Source {
  /** The path as matched (relative to the working directory when the pattern was). */
  path: string;
  /** The path relative to the common directory of all matched files: the name recorded per row. */
  name: string;
}

/**
 * The files a `--source` names: a path, or a glob (`*`, `?`, `[...]`, `**`, expanded by DuckDB's
 * `glob`), sorted by path so that file order, and therefore row order, is deterministic.
 *
 * @throws {InputError} `<path>: source file not found`, `<path>: is a directory ...`, `no file matches "<glob>"`
 * @example await resolveSources(db, "raw/credit-line/decisions-*.csv") // => [{path: ".../decisions-2026-01.csv", name: "decisions-2026-01.csv"}, ...]
 */
export async function resolveSources(db: Db, pattern: string): Promise<Source[]> {
  let paths: string[];
  if (/[*?[]/.test(pattern)) {
    paths = (await db.all<{file: string}>("SELECT file FROM glob($1)", [pattern])).map((r) => r.file).sort();
    if (paths.length === 0) throw new InputError(`no file matches "${pattern}"`);
  } else {
    const info = await stat(pattern).catch(() => undefined);
    if (!info) throw new InputError("source file not found", {file: pattern});
    if (info.isDirectory())
      throw new InputError("is a directory (give a file or a glob such as dir/*.csv)", {file: pattern});
    paths = [pattern];
  }
  const dirs = paths.map((p) => dirname(resolve(p)));
  let base = dirs[0];
  while (!dirs.every((d) => d === base || d.startsWith(base.endsWith(sep) ? base : base + sep))) base = dirname(base);
  return paths.map((path) => ({path, name: relative(base, resolve(path))}));
}
