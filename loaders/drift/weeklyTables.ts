import type {Db} from "../db/openDb.js";
import type {FeatureTable} from "../../src/lib/drift/fitReconstruction.js";
import type {DriftColumns} from "./driftColumns.js";
import {weekReader} from "./weekReader.js";

export {MAX_CODED_CATEGORIES} from "./weekReader.js";

/**
 * Row-aligned feature tables per ISO week (Monday, UTC) of a relation, rows in time order (`ORDER BY` the time
 * column), numbers as NaN when missing or not finite, categories as their text (null when missing): every week of
 * the relation at once, so memory grows with the log; multivariateSeries reads one week at a time with weekReader.
 *
 * Cost: one scan for the weeks and the categories of every categorical column, then one for the rows (see weekReader
 * for how values cross from DuckDB).
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function weeklyTables(
  db: Db,
  relation: string,
  time: string,
  columns: DriftColumns
): Promise<Map<string, FeatureTable>> {
  return (await weekReader(db, relation, time, columns)).read();
}
