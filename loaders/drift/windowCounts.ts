import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {timeSql} from "../system/timeSql.js";
import type {DriftColumns} from "./driftColumns.js";
import {valueCounts, type GroupCounts} from "./valueCounts.js";

/** SQL: the UTC timestamp of `time` lies in the half-open window [from, to). */
export function inWindowSql(time: string, {from, to}: TimeWindow): string {
  const t = timeSql(time);
  const at = (s: string) => `CAST(${sqlLiteral(s)} AS TIMESTAMPTZ)::TIMESTAMP`;
  return `(${t} >= ${at(from)} AND ${t} < ${at(to)})`;
}

/** Whether two half-open windows share an instant (an unparsable bound counts as overlapping). */
function overlap(a: TimeWindow, b: TimeWindow): boolean {
  const ms = (s: string) =>
    Date.parse(/[T ]/.test(s) && !/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? `${s.replace(" ", "T")}Z` : s);
  const [a0, a1, b0, b1] = [ms(a.from), ms(a.to), ms(b.from), ms(b.to)];
  return [a0, a1, b0, b1].some(Number.isNaN) || (a0 < b1 && b0 < a1);
}

/**
 * Each window's rows and counts per distinct value of every column (valueCounts), in the order given; a window
 * without rows gets rows 0 and no samples. Windows that do not overlap are counted together, in one scan per column
 * (each row labelled with its window); overlapping windows one at a time. DuckDB SQL (the time column goes through
 * timeSql, so an input file's text timestamps work); `values` as in valueCounts.
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const [ref, cur] = await windowCounts(db, "read_parquet('x.parquet')", "decided_at", columns, [reference, current]);
 */
export async function windowCounts(
  db: Db,
  relation: string,
  time: string,
  columns: DriftColumns,
  windows: TimeWindow[],
  values: "typed" | "text" = "typed"
): Promise<GroupCounts[]> {
  const disjoint = windows.every((w, i) => windows.slice(0, i).every((v) => !overlap(v, w)));
  const batches = disjoint ? [windows.map((_, i) => i)] : windows.map((_, i) => [i]);
  const result: GroupCounts[] = [];
  for (const batch of batches) {
    const group = `CASE ${batch.map((i) => `WHEN ${inWindowSql(time, windows[i])} THEN ${i}`).join(" ")} END`;
    const counts = await valueCounts({relation: {engine: db, from: relation}, group, columns, values});
    for (const i of batch)
      result[i] = counts.get(i) ?? {
        rows: 0,
        numeric: new Map(),
        categorical: new Map(columns.categorical.map((c) => [c, new Map()]))
      };
  }
  return result;
}
