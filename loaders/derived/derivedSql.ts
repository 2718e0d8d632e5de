import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../cli/errors.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {RefreshManifest} from "../refresh/RefreshManifest.js";
import type {SystemPaths} from "../system/System.js";

/** Why a derived table has no file: the error its refresh recorded, or no refresh yet. */
function missingTable(paths: Pick<SystemPaths, "derived">, table: string, file: string): InputError {
  const manifest = join(paths.derived, "manifest.json");
  const recorded = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, "utf8")) as RefreshManifest).tables.find((t) => t.name === table)?.error
    : undefined;
  return recorded === undefined
    ? new InputError("no derived table (run npm run -s workbench -- refresh)", {file})
    : new InputError(`${table} could not be computed: ${recorded}`, {file: manifest});
}

/** The file of one system's derived table. */
export function derivedFile(paths: Pick<SystemPaths, "derived">, table: string): string {
  return join(paths.derived, `${table}.parquet`);
}

/**
 * SQL that selects a derived table over several systems: `columns` (default all) from every system's
 * `derived/<table>.parquet`, ordered by `orderBy` (SQL), by default system by system in the order given and each
 * system's rows in the order they were stored. What the pages' data loaders and the CLI's checks read.
 *
 * @throws {InputError} `<file>: no derived table (run npm run -s workbench -- refresh)` when a file is missing
 * @example derivedSql(listSystems(workDir()), "overview-daily", {orderBy: "system, day"})
 */
export function derivedSql(
  systems: readonly {paths: Pick<SystemPaths, "derived">}[],
  table: string,
  {columns, orderBy}: {columns?: readonly string[]; orderBy?: string} = {}
): string {
  const files = systems.map((s) => derivedFile(s.paths, table));
  for (const [i, file] of files.entries()) if (!existsSync(file)) throw missingTable(systems[i].paths, table, file);
  const list = `[${files.map(sqlLiteral).join(", ")}]`;
  const select = columns ? columns.map(sqlIdentifier).join(", ") : "* EXCLUDE (filename, file_row_number)";
  return `SELECT ${select} FROM read_parquet(${list}, filename = true, file_row_number = true)
ORDER BY ${orderBy ?? `list_position(${list}, filename), file_row_number`}`;
}
