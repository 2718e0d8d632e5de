import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {DriftColumns} from "../drift/driftColumns.js";
import {valueCounts, type GroupCounts, type ValueCounts} from "../drift/valueCounts.js";
import {dialectSql} from "./dialectSql.js";
import type {Dialect} from "./Engine.js";

const DAY_MS = 86_400_000;

/** One ISO week's rows and counts per distinct value of every drift column (see valueCounts). */
export interface WeekCounts extends GroupCounts {
  /** Monday 00:00 UTC of the week and of the next, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

/**
 * Every ISO week's counts per distinct value of the drift columns (valueCounts grouped by the week: one
 * `GROUP BY week, value` per column, computed on the shards of a sharded engine, so what crosses the network is one
 * row per distinct value, week and shard, never the rows). The drift statistics (src/lib/drift: KS, Wasserstein, PSI
 * bins, chi-square) run on these counts as they are. A week is the ISO week (Monday, UTC) of a typed (UTC) timestamp
 * column; rows without a time are left out. Weeks in order. Cost: 1 + one query per column, each one scan. The
 * engine's dialect (DuckDB when it has none, e.g. a Db) picks the week's SQL (dialectSql.weekStart).
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const weeks = await weeklyValueCounts(relation, "decided_at", {numeric: ["income"], categorical: ["region"]});
 */
export async function weeklyValueCounts(
  relation: ValueCounts["relation"],
  time: string,
  columns: DriftColumns
): Promise<WeekCounts[]> {
  const dialect: Dialect = relation.engine.dialect ?? "duckdb";
  const group = `(${dialectSql.weekStart(dialect, `CAST(${id(time)} AS DATE)`)} - DATE '1970-01-01')`;
  const weeks = await valueCounts({relation, group, columns});
  const day = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);
  return [...weeks]
    .sort(([a], [b]) => a - b)
    .map(([days, counts]) => ({from: day(days), to: day(days + 7), ...counts}));
}
