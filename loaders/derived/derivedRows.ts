import type {Db} from "../db/openDb.js";
import type {SystemEntry} from "../system/listSystems.js";
import {derivedSql} from "./derivedSql.js";
import {freshDerived} from "./freshDerived.js";

/**
 * The rows of one derived table of one or more systems, in stored order, after refreshing stale tables
 * (freshDerived): what the CLI's checks read instead of recomputing.
 *
 * @example const windows = await derivedRows<DriftWindowRow>(db, [system], "drift-windows", {log});
 */
export async function derivedRows<T = Record<string, unknown>>(
  db: Db,
  systems: readonly Pick<SystemEntry, "name" | "paths">[],
  table: string,
  {log}: {log: (message: string) => void}
): Promise<T[]> {
  await freshDerived(systems, {log});
  return db.all<T>(derivedSql(systems, table));
}
