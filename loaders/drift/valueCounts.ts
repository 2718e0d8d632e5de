import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {finiteSql} from "../engine/distributionDistanceSql.js";
import type {Engine, Relation} from "../engine/Engine.js";
import {numericChunks} from "../engine/numericChunks.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {countedSample, type NumericSample} from "../../src/lib/drift/driftSample.js";
import type {DriftColumns} from "./driftColumns.js";

/** One group's rows and, per compared column, its non-null values counted per distinct value. */
export interface GroupCounts {
  /** Rows in the group, nulls included. */
  rows: number;
  /** Numeric columns with at least one finite value in the group. */
  numeric: Map<string, NumericSample>;
  /** Categorical columns: count per category (an empty map when the group has none). */
  categorical: Map<string, Map<string, number>>;
}

export interface ValueCounts {
  /** The rows: a Relation, or any engine-like `{all, numericChunks?}` with a FROM item (a Db and a file). */
  relation: Pick<Relation, "from" | "partition"> & {
    engine: Pick<Engine, "all" | "numericChunks"> & {dialect?: Engine["dialect"]};
  };
  /**
   * SQL giving each row's group as a number (a window's index, a week's first day as days since 1970-01-01); rows
   * where it is NULL are left out. It must be shippable to the shards on a sharded engine.
   */
  group: string;
  columns: DriftColumns;
  /**
   * `typed` (an ingested system: numeric columns are numbers, `CAST`) or `text` (an input file read as text:
   * `TRY_CAST`, DuckDB only; values that do not parse are left out, as nulls are).
   */
  values?: "typed" | "text";
}

const COUNT = {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"} as const;

/**
 * The counts per distinct value of every compared column in every group of rows, computed in the engine: for each
 * column one `GROUP BY group, value` (partialAggregateSql, so a sharded engine counts on its shards and only counts
 * cross), plus one count of rows per group. Numeric values are the column as DOUBLE PRECISION, finite ones only;
 * categories the column as VARCHAR, NULLs left out. The numeric counts come back in bulk as typed arrays
 * (numericChunks), in the engine's order of group then value, so no JS value is made per row or per distinct value,
 * and become the drift library's counted samples (countedSample) as they are. Memory: the distinct values of one
 * column in every group (for a continuous column, up to the rows of the groups), 16 bytes each.
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const byWeek = await valueCounts({relation, group: weekDaysSql, columns}); byWeek.get(20454)?.numeric.get("income")
 */
export async function valueCounts({
  relation,
  group,
  columns,
  values = "typed"
}: ValueCounts): Promise<Map<number, GroupCounts>> {
  const {engine} = relation;
  const g = `CAST(${group} AS DOUBLE PRECISION)`;
  const grouped = `(${group}) IS NOT NULL`;
  const groups = new Map<number, GroupCounts>();
  for await (const [keys, rows] of numericChunks(
    engine,
    partialAggregateSql({relation, where: grouped, keys: [{name: "g", sql: g}], measures: [COUNT]})
  ))
    for (let i = 0; i < keys.length; ++i)
      groups.set(keys[i], {rows: rows[i], numeric: new Map(), categorical: new Map()});
  for (const column of columns.numeric) {
    const v = values === "typed" ? `CAST(${id(column)} AS DOUBLE PRECISION)` : `TRY_CAST(${id(column)} AS DOUBLE)`;
    const sql = partialAggregateSql({
      relation,
      where: `${grouped} AND ${finiteSql(v)}`,
      keys: [
        {name: "g", sql: g},
        {name: "v", sql: v}
      ],
      measures: [COUNT]
    });
    for await (const [key, sample] of groupRuns(numericChunks(engine, sql)))
      groups.get(key)!.numeric.set(column, sample);
  }
  for (const column of columns.categorical) {
    const v = `CAST(${id(column)} AS VARCHAR)`;
    for (const counts of groups.values()) counts.categorical.set(column, new Map());
    const rows = await engine.all<{g: number; v: string; n: number}>(
      partialAggregateSql({
        relation,
        where: `${grouped} AND ${v} IS NOT NULL`,
        keys: [
          {name: "g", sql: g},
          {name: "v", sql: v}
        ],
        measures: [COUNT]
      })
    );
    for (const {g: key, v: value, n} of rows) groups.get(key)!.categorical.get(column)!.set(value, n);
  }
  return groups;
}

/**
 * The (group, value, count) rows of a query ordered by group then value, as one counted sample per group: the rows of
 * a group may span chunks, so a group's arrays are put together when the next group starts.
 */
async function* groupRuns(chunks: AsyncIterable<Float64Array[]>): AsyncIterable<[number, NumericSample]> {
  let key = NaN;
  let parts: [Float64Array, Float64Array][] = [];
  const sample = () => {
    const size = parts.reduce((s, [v]) => s + v.length, 0);
    const values = new Float64Array(size);
    const counts = new Float64Array(size);
    let at = 0;
    for (const [v, n] of parts) {
      values.set(v, at);
      counts.set(n, at);
      at += v.length;
    }
    return countedSample(values, counts);
  };
  for await (const [g, v, n] of chunks) {
    let start = 0;
    while (start < g.length) {
      let end = start;
      while (end < g.length && g[end] === g[start]) ++end;
      if (g[start] !== key) {
        if (parts.length > 0) yield [key, sample()];
        key = g[start];
        parts = [];
      }
      parts.push([v.subarray(start, end), n.subarray(start, end)]);
      start = end;
    }
  }
  if (parts.length > 0) yield [key, sample()];
}
