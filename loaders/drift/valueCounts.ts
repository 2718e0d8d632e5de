import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {finiteSql} from "../engine/distributionDistanceSql.js";
import type {Engine, Relation} from "../engine/Engine.js";
import {numericChunks} from "../engine/numericChunks.js";
import {concatFloat64} from "../engine/concatFloat64.js";
import {partialAggregateSql, type AggregateMeasure} from "../engine/partialAggregateSql.js";
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

/** One column's counts in every group that has a value (see columnCounts). */
export type ColumnCounts =
  | {kind: "numeric"; column: string; groups: Map<number, {sample: NumericSample; hashes: Float64Array | null}>}
  | {
      kind: "categorical";
      column: string;
      groups: Map<number, {value: string; count: number; hash: number | null}[]>;
    };

export interface ValueCounts {
  /** The rows: a Relation, or any engine-like `{all, numericChunks?}` with a FROM item (a Db and a file). */
  relation: Pick<Relation, "from" | "partition"> & {
    engine: Pick<Engine, "all" | "numericChunks"> & {dialect?: Engine["dialect"]};
  };
  /**
   * SQL giving each row's group as a number (a window's index, a day or a week as days since 1970-01-01); rows
   * where it is NULL are left out. It must be shippable to the shards on a sharded engine.
   */
  group: string;
  /**
   * On the embedded DuckDB, a narrower value to group the rows by (e.g. a day's DATE, 4 bytes, instead of its days
   * since 1970-01-01), ordered as the groups are and NULL where `group` is, and the group's number from it:
   * `number(sql)` must be `group`. Optional: without it the rows are grouped by `group`.
   */
  groupBy?: {sql: string; number: (key: string) => string};
  columns: DriftColumns;
  /**
   * `typed` (an ingested system: numeric columns are numbers, `CAST`) or `text` (an input file read as text:
   * `TRY_CAST`, DuckDB only; values that do not parse are left out, as nulls are).
   */
  values?: "typed" | "text";
  /**
   * Also each distinct value's HyperLogLog hash, DuckDB's `hash(value) >> 29` (the profiles' sketch; DuckDB only).
   */
  hashes?: boolean;
}

const COUNT = {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"} as const;

/** The SQL of a numeric column's value: DOUBLE, −0 as 0 (so that 0 and −0 are one group on every engine). */
export const numericValueSql = (column: string, values: "typed" | "text" = "typed") =>
  values === "typed"
    ? `(CAST(${id(column)} AS DOUBLE PRECISION) + CAST(0 AS DOUBLE PRECISION))`
    : `(TRY_CAST(${id(column)} AS DOUBLE) + CAST(0 AS DOUBLE))`;

/** The rows of every group (nulls included): group → rows. */
export async function groupRows({
  relation,
  group
}: Pick<ValueCounts, "relation" | "group">): Promise<Map<number, number>> {
  const rows = new Map<number, number>();
  const g = `CAST(${group} AS DOUBLE PRECISION)`;
  for await (const [keys, n] of numericChunks(
    relation.engine,
    partialAggregateSql({relation, where: `(${group}) IS NOT NULL`, keys: [{name: "g", sql: g}], measures: [COUNT]})
  ))
    for (let i = 0; i < keys.length; ++i) rows.set(keys[i], n[i]);
  return rows;
}

/**
 * The counts per distinct value of each compared column in every group of rows, computed in the engine, one column
 * at a time: for each column one `GROUP BY group, value` (partialAggregateSql, so a sharded engine counts on its
 * shards and only counts cross; on the embedded DuckDB the same rows by embeddedCountsSql). Numeric values are the
 * column as DOUBLE PRECISION (numericValueSql), finite ones only; categories the column as VARCHAR, NULLs left out.
 * The numeric counts come back in bulk as typed arrays
 * (numericChunks), in the engine's order of group then value, so no JS value is made per row or per distinct value,
 * and become the drift library's counted samples (countedSample) as they are. Memory: one column's distinct values in
 * every group (for a continuous column, up to the rows of the groups), 16 bytes each (24 with hashes).
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example for await (const c of columnCounts({relation, group: daySql, columns})) c.groups.get(20454);
 */
export async function* columnCounts({
  relation,
  group,
  columns,
  groupBy = {sql: group, number: (key) => key},
  values = "typed",
  hashes = false
}: ValueCounts): AsyncIterable<ColumnCounts> {
  const {engine} = relation;
  const g = `CAST(${group} AS DOUBLE PRECISION)`;
  const grouped = `(${group}) IS NOT NULL`;
  const hash = (v: string): AggregateMeasure[] =>
    hashes ? [{name: "h", sql: `max(hash(${v}) >> ${64 - 35})`, merge: "max"}] : [];
  // the embedded DuckDB: one GROUP BY with the hash taken per distinct value (embeddedCountsSql)
  const embedded = (engine.dialect ?? "duckdb") === "duckdb" && !relation.partition;
  for (const column of columns.numeric) {
    const v = numericValueSql(column, values);
    const sql = embedded
      ? embeddedCountsSql({from: relation.from, groupBy, value: v, where: finiteSql(v), hashes, as: "DOUBLE"})
      : partialAggregateSql({
          relation,
          where: `${grouped} AND ${finiteSql(v)}`,
          keys: [
            {name: "g", sql: g},
            {name: "v", sql: v}
          ],
          measures: [COUNT, ...hash(v)]
        });
    const groups = new Map<number, {sample: NumericSample; hashes: Float64Array | null}>();
    for await (const [key, sample, h] of groupRuns(numericChunks(engine, sql))) groups.set(key, {sample, hashes: h});
    yield {kind: "numeric", column, groups};
  }
  for (const column of columns.categorical) {
    const v = `CAST(${id(column)} AS VARCHAR)`;
    const rows = await engine.all<{g: number; v: string; n: number; h?: number}>(
      embedded
        ? embeddedCountsSql({from: relation.from, groupBy, value: v, where: `${v} IS NOT NULL`, hashes})
        : partialAggregateSql({
            relation,
            where: `${grouped} AND ${v} IS NOT NULL`,
            keys: [
              {name: "g", sql: g},
              {name: "v", sql: v}
            ],
            measures: [COUNT, ...hash(v)]
          })
    );
    const groups = new Map<number, {value: string; count: number; hash: number | null}[]>();
    for (const {g: key, v: value, n: count, h} of rows) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push({value, count, hash: h ?? null});
    }
    yield {kind: "categorical", column, groups};
  }
}

/**
 * columnCounts' query on the embedded DuckDB: the same rows as partialAggregateSql's (g, v, n[, h], ordered by g then
 * v) with less work per row. It groups by `groupBy.sql` (a day's DATE rather than its number as DOUBLE PRECISION: a
 * narrower key, and no arithmetic per row) and takes the group's number from it after the GROUP BY, and the HyperLogLog
 * hash once per distinct value (`hash(v) >> 29`, which is the group's `max(hash(v) >> 29)` since every row of a group
 * has the value v). With `as` DOUBLE (the numeric columns, read by numericChunks) the count and the hash come back as
 * DOUBLE, exact below 2^53, so no BIGINT is converted value by value; else as BIGINT and UBIGINT, as before. At 1M
 * decisions (credit-line's 11 numeric columns by day with hashes, 3.3M rows back) the queries and their transfer took
 * 2.04–2.94 s of CPU as partialAggregateSql wrote them (median of 9 runs 2.45), 1.53–1.99 s so (median of 13: 1.73).
 */
function embeddedCountsSql({
  from,
  groupBy,
  value,
  where,
  hashes,
  as = "BIGINT"
}: {
  from: string;
  groupBy: NonNullable<ValueCounts["groupBy"]>;
  value: string;
  where: string;
  hashes: boolean;
  as?: "BIGINT" | "DOUBLE";
}): string {
  const g = `CAST(${groupBy.number('"__key"')} AS DOUBLE)`;
  const h = hashes ? `, ${as === "DOUBLE" ? "CAST(hash(v) >> 29 AS DOUBLE)" : "hash(v) >> 29"} AS h` : "";
  return (
    `SELECT ${g} AS g, v, CAST(n AS ${as}) AS n${h} FROM (SELECT ${groupBy.sql} AS "__key", ${value} AS v, ` +
    `count(*) AS n FROM ${from} WHERE (${groupBy.sql}) IS NOT NULL AND ${where} GROUP BY 1, 2) ORDER BY "__key", v`
  );
}

/**
 * The rows and counts per distinct value of every compared column in every group (columnCounts, plus the rows per
 * group), gathered per group.
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const byWeek = await valueCounts({relation, group: weekDaysSql, columns}); byWeek.get(20454)?.numeric.get("income")
 */
export async function valueCounts(options: ValueCounts): Promise<Map<number, GroupCounts>> {
  const groups = new Map<number, GroupCounts>();
  for (const [key, rows] of await groupRows(options))
    groups.set(key, {
      rows,
      numeric: new Map(),
      categorical: new Map(options.columns.categorical.map((c) => [c, new Map()]))
    });
  for await (const c of columnCounts(options))
    if (c.kind === "numeric") for (const [key, {sample}] of c.groups) groups.get(key)!.numeric.set(c.column, sample);
    else
      for (const [key, list] of c.groups) {
        const counts = groups.get(key)!.categorical.get(c.column)!;
        for (const {value, count} of list) counts.set(value, count);
      }
  return groups;
}

/**
 * The (group, value, count[, hash]) rows of a query ordered by group then value, as one counted sample (and hashes)
 * per group: the rows of a group may span chunks, so a group's arrays are put together when the next group starts.
 */
async function* groupRuns(
  chunks: AsyncIterable<Float64Array[]>
): AsyncIterable<[number, NumericSample, Float64Array | null]> {
  let key = NaN;
  let parts: Float64Array[][] = [];
  const done = (): [number, NumericSample, Float64Array | null] => {
    const joined = [0, 1, 2].map((c) => (parts[0][c] ? concatFloat64(parts.map((p) => p[c])) : null));
    const sample = countedSample(joined[0]!, joined[1]!);
    if (joined[2] && sample.values.length !== joined[2].length)
      throw new Error("columnCounts: a value counted twice in one group"); // numericValueSql makes −0 one value
    return [key, sample, joined[2]];
  };
  for await (const [g, ...columns] of chunks) {
    let start = 0;
    while (start < g.length) {
      let end = start;
      while (end < g.length && g[end] === g[start]) ++end;
      if (g[start] !== key) {
        if (parts.length > 0) yield done();
        key = g[start];
        parts = [];
      }
      parts.push(columns.map((c) => c.subarray(start, end)));
      start = end;
    }
  }
  if (parts.length > 0) yield done();
}
