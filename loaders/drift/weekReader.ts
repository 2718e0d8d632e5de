import type {Db} from "../db/openDb.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine, Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {codeFeatureTable, type CodedFeatureTable, type FeatureTable} from "../../src/lib/drift/fitReconstruction.js";
import {numericChunks} from "../engine/numericChunks.js";
import type {DriftColumns} from "./driftColumns.js";
import {timeSql} from "../system/timeSql.js";

/** Categorical columns with more distinct values than this are read as text rather than as codes. */
export const MAX_CODED_CATEGORIES = 4096;

/** The ISO weeks of a relation and a way to read the rows of some of them (see weekReader). */
export interface WeekReader {
  /** Every ISO week (its Monday, `YYYY-MM-DD`, UTC) with at least one timed row, ascending. */
  weeks: string[];
  /**
   * Row-aligned feature tables of the given weeks (all weeks when omitted), keyed and ordered by week, rows in time
   * order (`ORDER BY` the time column), numbers as NaN when missing or not finite, categories as their text (null
   * when missing). Only the asked weeks cross into JS: reading one week at a time bounds memory by the largest week.
   */
  read(weeks?: readonly string[]): Promise<Map<string, FeatureTable>>;
  /**
   * The same rows as `read`, one week at a time in time order, as coded tables of typed arrays (numbers NaN when
   * missing or not finite, each category a code into the column's categories, −1 when missing). On DuckDB, with
   * every categorical column coded, one scan streams the asked weeks and the values cross in bulk (numericChunks: no
   * JS value per row), a week handed on when complete; otherwise `read`'s tables, a week at a time, coded
   * (codeFeatureTable).
   */
  eachCoded(weeks: readonly string[]): AsyncIterable<[string, CodedFeatureTable]>;
}

/** Every asked week's rows, read by weekReader's `eachCoded`, in time order. */
export async function readCoded(
  reader: Pick<WeekReader, "eachCoded">,
  weeks: readonly string[]
): Promise<Map<string, CodedFeatureTable>> {
  const tables = new Map<string, CodedFeatureTable>();
  for await (const [week, table] of reader.eachCoded(weeks)) tables.set(week, table);
  return tables;
}

/** `read`'s tables a week at a time, coded: the eachCoded of a reader without a bulk path. */
const codedRead = (read: WeekReader["read"]) =>
  async function* (weeks: readonly string[]): AsyncIterable<[string, CodedFeatureTable]> {
    for (const week of [...new Set(weeks)].sort()) {
      const table = (await read([week])).get(week);
      if (table) yield [week, codeFeatureTable(table)];
    }
  };

/**
 * Reads a relation's rows week by week. One scan up front lists the weeks with their sizes (a GROUP BY week) and the
 * categories of every categorical column; each `read` or `eachCoded` is then one scan returning the rows of the asked
 * weeks only (all of them: no filter on the week). Each categorical value crosses
 * from DuckDB as the code of its category (`enum_code` of a cast to an ENUM of the column's categories) and each
 * row's week as a number, and both become text again in JS: decoding a million strings per column is what reading
 * the rows costs otherwise. Columns with more than MAX_CODED_CATEGORIES categories come as text.
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const {weeks, read} = await weekReader(db, "read_parquet('d.parquet')", "t", columns); await read([weeks[0]]);
 */
export async function weekReader(
  db: Db | Engine,
  relation: string,
  time: string,
  columns: DriftColumns,
  partition?: string
): Promise<WeekReader> {
  if ("dialect" in db && db.dialect !== "duckdb")
    return engineWeekReader(db, {from: relation, partition}, time, columns);
  const t = timeSql(time);
  const week = `epoch_ms(date_trunc('week', ${t}))`;
  const text = columns.categorical.map((c) => `CAST(${sqlIdentifier(c)} AS VARCHAR)`);
  // one scan: each week's rows and distinct categories, then the weeks with their sizes and every column's categories
  const [head] = await db.all<Record<string, (string | {w: number; n: number})[]>>(
    `SELECT ${[
      `coalesce(list({'w': "w", 'n': "n"}), []) AS "weeks"`,
      ...text.map((_, i) => `coalesce(list_distinct(flatten(list("c${i}"))), []) AS "c${i}"`)
    ].join(", ")}
     FROM (SELECT ${[
       `${week} AS "w"`,
       `CAST(count(*) AS DOUBLE) AS "n"`,
       ...text.map((v, i) => `list(DISTINCT ${v}) FILTER (WHERE ${v} IS NOT NULL) AS "c${i}"`)
     ].join(", ")}
       FROM ${relation} WHERE ${t} IS NOT NULL GROUP BY 1)`
  );
  const categories = text.map((_, i) => {
    const list = head[`c${i}`] as string[];
    return list.length <= MAX_CODED_CATEGORIES ? list : null;
  });
  const isoWeek = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const sizes = new Map((head.weeks as {w: number; n: number}[]).map(({w, n}) => [Number(w), Number(n)]));
  const weekMs = [...sizes.keys()].sort((a, b) => a - b);
  const msOf = new Map(weekMs.map((ms) => [isoWeek(ms), ms]));
  const select = [
    ...columns.numeric.map((c, i) => `TRY_CAST(${sqlIdentifier(c)} AS DOUBLE) AS "n${i}"`),
    ...text.map((v, i) => {
      const list = categories[i];
      if (!list) return `${v} AS "c${i}"`;
      if (list.length === 0) return `NULL::INTEGER AS "c${i}"`;
      return `enum_code(CAST(${v} AS ENUM(${list.map(sqlLiteral).join(", ")}))) AS "c${i}"`;
    })
  ];
  async function read(wanted?: readonly string[]): Promise<Map<string, FeatureTable>> {
    const ms = wanted?.map((w) => {
      const m = msOf.get(w);
      if (m === undefined) throw new Error(`unknown week: ${w}`);
      return m;
    });
    if (ms && ms.length === 0) return new Map();
    const rows = await db.all<Record<string, number | string | null>>(
      `SELECT ${week} AS week, ${select.join(", ")}
       FROM ${relation} WHERE ${t} IS NOT NULL${ms ? ` AND ${week} IN (${ms.join(", ")})` : ""} ORDER BY ${t}`
    );
    const weeks = new Map<string, FeatureTable>();
    const byMs = new Map<number, FeatureTable>();
    for (const row of rows) {
      const ms = row.week as number;
      let table = byMs.get(ms);
      if (!table) {
        table = {
          numeric: columns.numeric.map((name) => ({name, values: [] as number[]})),
          categorical: columns.categorical.map((name) => ({name, values: [] as (string | null)[]}))
        };
        byMs.set(ms, table);
        weeks.set(isoWeek(ms), table);
      }
      table.numeric.forEach((c, i) => {
        const v = row[`n${i}`] as number | null;
        (c.values as number[]).push(v === null || !Number.isFinite(v) ? NaN : v);
      });
      table.categorical.forEach((c, i) => {
        const v = row[`c${i}`];
        const list = categories[i];
        (c.values as (string | null)[]).push(v === null ? null : list ? list[v as number] : (v as string));
      });
    }
    return weeks;
  }
  const coded = categories.every((list) => list !== null);
  const numbers = [
    `${week} AS week`,
    ...columns.numeric.map((c, i) => {
      const v = `TRY_CAST(${sqlIdentifier(c)} AS DOUBLE)`;
      return `CASE WHEN isfinite(${v}) THEN ${v} ELSE CAST('NaN' AS DOUBLE) END AS "n${i}"`;
    }),
    ...text.map((v, i) => {
      const list = categories[i] ?? [];
      const code = list.length ? `enum_code(CAST(${v} AS ENUM(${list.map(sqlLiteral).join(", ")})))` : "NULL";
      return `CAST(coalesce(${code}, -1) AS DOUBLE) AS "c${i}"`;
    })
  ];
  async function* eachCoded(wanted: readonly string[]): AsyncIterable<[string, CodedFeatureTable]> {
    const ms = wanted.map((w) => {
      const m = msOf.get(w);
      if (m === undefined) throw new Error(`unknown week: ${w}`);
      return m;
    });
    if (ms.length === 0) return;
    const empty = (n: number): CodedFeatureTable => ({
      rows: n,
      numeric: columns.numeric.map((name) => ({name, values: new Float64Array(n)})),
      categorical: columns.categorical.map((name, i) => ({name, codes: new Int32Array(n), categories: categories[i]!}))
    });
    // rows in time order, so each week's rows are one run: copied a run of a chunk at a time into its arrays, and the
    // week handed on once it is complete (one week in memory, however many are asked)
    let current: {ms: number; table: CodedFeatureTable; at: number} | undefined;
    const done = (): [string, CodedFeatureTable] => {
      const {ms, table, at} = current!;
      if (at !== table.rows) throw new Error(`week ${isoWeek(ms)}: ${at} rows read, ${table.rows} counted`);
      return [isoWeek(ms), table];
    };
    // every week asked: no filter on the week (it would be computed per row only to keep all of them)
    const only = new Set(ms).size === weekMs.length ? "" : ` AND ${week} IN (${ms.join(", ")})`;
    const sql = `SELECT ${numbers.join(", ")} FROM ${relation} WHERE ${t} IS NOT NULL${only} ORDER BY ${t}`;
    for await (const [weeks, ...values] of numericChunks(db, sql))
      for (let start = 0; start < weeks.length;) {
        let end = start + 1;
        while (end < weeks.length && weeks[end] === weeks[start]) ++end;
        if (current?.ms !== weeks[start]) {
          if (current) yield done();
          current = {ms: weeks[start], table: empty(sizes.get(weeks[start]) ?? 0), at: 0};
        }
        const {table, at} = current;
        table.numeric.forEach((c, i) => (c.values as Float64Array).set(values[i].subarray(start, end), at));
        table.categorical.forEach((c, i) =>
          (c.codes as Int32Array).set(values[table.numeric.length + i].subarray(start, end), at)
        );
        current.at += end - start;
        start = end;
      }
    if (current) yield done();
  }
  return {weeks: weekMs.map(isoWeek), read, eachCoded: coded ? eachCoded : codedRead(read)};
}

/**
 * weekReader on another engine: the weeks from a GROUP BY the shards compute, and each read a plain SELECT of the
 * asked weeks' rows in time order (the multivariate drift needs every row's features: on a sharded engine these rows
 * cross the network, projected to the compared columns and filtered to the weeks asked).
 */
async function engineWeekReader(
  engine: Engine,
  relation: Pick<Relation, "from" | "partition">,
  time: string,
  columns: DriftColumns
): Promise<WeekReader> {
  const t = sqlIdentifier(time);
  const week = dialectSql.weekStart(engine.dialect, `CAST(${t} AS DATE)`);
  const weeks = (
    await engine.all<{week: string}>(
      partialAggregateSql({
        relation,
        where: `${t} IS NOT NULL`,
        keys: [{name: "week", sql: week}],
        measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
      })
    )
  ).map((r) => r.week);
  const select = [
    ...columns.numeric.map((c, i) => `CAST(${sqlIdentifier(c)} AS DOUBLE PRECISION) AS "n${i}"`),
    ...columns.categorical.map((c, i) => `CAST(${sqlIdentifier(c)} AS VARCHAR) AS "c${i}"`)
  ];
  async function read(wanted?: readonly string[]): Promise<Map<string, FeatureTable>> {
    for (const w of wanted ?? []) if (!weeks.includes(w)) throw new Error(`unknown week: ${w}`);
    if (wanted && wanted.length === 0) return new Map();
    const only = wanted ? ` AND ${week} IN (${wanted.map((w) => `CAST(${sqlLiteral(w)} AS DATE)`).join(", ")})` : "";
    const rows = await engine.all<Record<string, number | string | null>>(
      `SELECT ${week} AS week, ${select.join(", ")} FROM ${relation.from} WHERE ${t} IS NOT NULL${only} ORDER BY ${t}`
    );
    const tables = new Map<string, FeatureTable>();
    for (const w of wanted ?? weeks)
      tables.set(w, {
        numeric: columns.numeric.map((name) => ({name, values: [] as number[]})),
        categorical: columns.categorical.map((name) => ({name, values: [] as (string | null)[]}))
      });
    for (const row of rows) {
      const table = tables.get(row.week as string)!;
      table.numeric.forEach((c, i) => {
        const v = row[`n${i}`] as number | null;
        (c.values as number[]).push(v === null || !Number.isFinite(v) ? NaN : v);
      });
      table.categorical.forEach((c, i) => (c.values as (string | null)[]).push(row[`c${i}`] as string | null));
    }
    return tables;
  }
  return {weeks, read, eachCoded: codedRead(read)};
}
