import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {concatFloat64} from "../engine/concatFloat64.js";
import {numericChunks} from "../engine/numericChunks.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {timeSql} from "../system/timeSql.js";
import {countedSample} from "../../src/lib/drift/driftSample.js";
import type {DriftColumns} from "./driftColumns.js";
import type {GroupCounts} from "./valueCounts.js";

/** SQL: the UTC timestamp of `time` lies in the half-open window [from, to). */
export function inWindowSql(time: string, {from, to}: TimeWindow): string {
  const t = timeSql(time);
  const at = (s: string) => `CAST(${sqlLiteral(s)} AS TIMESTAMPTZ)::TIMESTAMP`;
  return `(${t} >= ${at(from)} AND ${t} < ${at(to)})`;
}

/**
 * SQL counting, in one scan, the rows of every window per distinct value of each key: `GROUP BY GROUPING SETS
 * ((k0), (k1), …[, ()])` with one `count(*) FILTER (WHERE w<i>)` per window, so each window has its own rows whether
 * or not the windows overlap; with `rows`, the empty set gives each window's rows, nulls included. Rows: (s, v, n0,
 * n1, …) where `keep` holds, ordered by s then v: s is the key's index (keys.length for the rows of the windows, whose
 * v is 0) and v the key's value through `value` (NULL for a NULL key).
 */
export function windowCountsSql({
  relation,
  inWindow,
  keys,
  value,
  rows,
  keep
}: {
  relation: string;
  inWindow: readonly string[];
  keys: readonly string[];
  value: (key: string) => string;
  rows: boolean;
  keep: string;
}): string {
  const k = keys.map((_, i) => `k${i}`);
  const when = (then: (x: string, i: number) => string) =>
    k.map((x, i) => `WHEN grouping(${x}) = 0 THEN ${then(x, i)}`).join(" ");
  const set = k.length ? `CASE ${when((_, i) => String(i))} ELSE ${k.length} END` : "0";
  const v = k.length ? `CASE ${when(value)} ELSE ${rows ? "0" : "NULL"} END` : "0";
  const columns = [...keys.map((key, i) => `${key} AS k${i}`), ...inWindow.map((w, i) => `${w} AS w${i}`)];
  const n = inWindow.map((_, i) => `CAST(count(*) FILTER (WHERE w${i}) AS DOUBLE) AS n${i}`);
  return `SELECT * FROM (
  SELECT CAST(${set} AS DOUBLE) AS s, ${v} AS v, ${n.join(", ")}
  FROM (SELECT ${columns.join(", ")} FROM ${relation} WHERE ${inWindow.map((w) => `(${w})`).join(" OR ")})
  GROUP BY GROUPING SETS (${[...k.map((x) => `(${x})`), ...(rows ? ["()"] : [])].join(", ")})
) WHERE ${keep}
ORDER BY s, v`;
}

/**
 * Each window's rows and counts per distinct value of every column (GroupCounts, as valueCounts gives a group), in
 * the order given; a window without rows gets rows 0 and no samples. Two scans in all, whatever the number of columns
 * and windows (windowCountsSql): one for the numeric columns and the rows of each window, one for the categorical
 * columns. The grouping keys are the columns as stored (DuckDB aggregates a column's own type fastest), made values
 * after grouping: numeric ones as DOUBLE + 0 (finite only; −0 and 0, or two keys that one DOUBLE stands for, merge in
 * countedSample, as they are adjacent in value order), categories as VARCHAR (NULLs left out; keys with one text
 * merge), so the counts are those of a `GROUP BY window, CAST(column AS DOUBLE) + 0` (or `CAST(column AS VARCHAR)`),
 * in the same order. The numeric counts come back as typed arrays (numericChunks), no JS value per row or per
 * distinct value. DuckDB SQL (the time column goes through timeSql, so an input file's text timestamps work);
 * `values` as in valueCounts (`text`: numeric keys are `TRY_CAST(column AS DOUBLE)`).
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
  const inWindow = windows.map((w) => inWindowSql(time, w));
  const result: GroupCounts[] = windows.map(() => ({
    rows: 0,
    numeric: new Map(),
    categorical: new Map(columns.categorical.map((c) => [c, new Map()]))
  }));
  if (windows.length === 0) return result;
  const numericKeys = columns.numeric.map((c) => (values === "typed" ? id(c) : `TRY_CAST(${id(c)} AS DOUBLE)`));
  const numeric = windowCountsSql({
    relation,
    inWindow,
    keys: numericKeys,
    value: (k) => `(CAST(${k} AS DOUBLE) + CAST(0 AS DOUBLE))`,
    rows: true,
    keep: `s = ${numericKeys.length} OR isfinite(v)`
  });
  // (s, v, n0, n1, …) of one column at a time: the rows of a column may span chunks
  let column = -1;
  let parts: Float64Array[][] = [];
  const done = () => {
    if (column < 0) return;
    const [v, ...n] = [1, ...windows.map((_, i) => 2 + i)].map((c) => concatFloat64(parts.map((p) => p[c])));
    if (column === numericKeys.length) {
      for (let i = 0; i < windows.length; ++i) result[i].rows = n[i][0];
      return;
    }
    for (let i = 0; i < windows.length; ++i) {
      let d = 0;
      for (const x of n[i]) if (x > 0) ++d;
      if (d === 0) continue;
      const values = new Float64Array(d);
      const counts = new Float64Array(d);
      for (let k = 0, j = 0; k < v.length; ++k)
        if (n[i][k] > 0) {
          values[j] = v[k];
          counts[j++] = n[i][k];
        }
      result[i].numeric.set(columns.numeric[column], countedSample(values, counts));
    }
  };
  for await (const chunk of numericChunks(db, numeric)) {
    const s = chunk[0];
    let start = 0;
    while (start < s.length) {
      let end = start;
      while (end < s.length && s[end] === s[start]) ++end;
      if (s[start] !== column) {
        done();
        column = s[start];
        parts = [];
      }
      parts.push(chunk.map((c) => c.subarray(start, end)));
      start = end;
    }
  }
  done();
  if (columns.categorical.length > 0) {
    const categorical = windowCountsSql({
      relation,
      inWindow,
      keys: columns.categorical.map((c) => id(c)),
      value: (k) => `CAST(${k} AS VARCHAR)`,
      rows: false,
      keep: "v IS NOT NULL"
    });
    for (const row of await db.all<Record<string, number | string>>(categorical)) {
      const name = columns.categorical[row.s as number];
      for (let i = 0; i < windows.length; ++i) {
        const n = row[`n${i}`] as number;
        if (n === 0) continue;
        const counts = result[i].categorical.get(name)!;
        counts.set(row.v as string, (counts.get(row.v as string) ?? 0) + n);
      }
    }
  }
  return result;
}
