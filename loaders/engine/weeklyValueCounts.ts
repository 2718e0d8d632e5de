import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {DriftColumns} from "../drift/driftColumns.js";
import type {WeekSamples} from "../drift/weeklySamples.js";
import {dialectSql} from "./dialectSql.js";
import {finiteSql} from "./distributionDistanceSql.js";
import type {Relation} from "./Engine.js";
import {partialAggregateSql} from "./partialAggregateSql.js";

const DAY_MS = 86_400_000;

/**
 * Every ISO week's values of the drift columns, as weeklySamples gives them, from counts per distinct value: for
 * each column one GROUP BY (week, value) that a sharded engine computes on the shards (partialAggregateSql), so
 * what crosses the network is one row per distinct value, week and shard, never the rows; the numeric values are
 * then laid out sorted in TypeScript (each value repeated by its count) and the categories kept as counts, so the
 * drift statistics (src/lib/drift: KS, Wasserstein, PSI bins, chi-square) run on exactly the values the embedded
 * path reads. Numeric values are the column cast to DOUBLE PRECISION, finite ones only; categories the column cast to
 * VARCHAR, NULLs left out; a week is the ISO week (Monday, UTC) of a typed (UTC) timestamp column, rows without a
 * time left out. Cost: 1 + one query per column, each one scan.
 *
 * @throws {Error} carrying the SQL when a query fails
 * @example const weeks = await weeklyValueCounts(relation, "decided_at", {numeric: ["income"], categorical: ["region"]});
 */
export async function weeklyValueCounts(
  relation: Relation,
  time: string,
  columns: DriftColumns
): Promise<WeekSamples[]> {
  const {engine} = relation;
  const t = id(time);
  const week = {name: "week", sql: dialectSql.weekStart(engine.dialect, `CAST(${t} AS DATE)`)};
  const n = {name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"} as const;
  const timed = `${t} IS NOT NULL`;
  const weeks = await engine.all<{week: string; n: number}>(
    partialAggregateSql({relation, where: timed, keys: [week], measures: [n]})
  );
  const samples = new Map<string, WeekSamples>(
    weeks.map(({week: from, n: rows}) => [
      from,
      {
        from,
        to: new Date(Date.parse(`${from}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10),
        rows,
        numeric: new Map(columns.numeric.map((c) => [c, new Float64Array(0)])),
        categorical: new Map(columns.categorical.map((c) => [c, new Map<string, number>()]))
      }
    ])
  );
  for (const column of columns.numeric) {
    const v = `CAST(${id(column)} AS DOUBLE PRECISION)`;
    const counts = await engine.all<{week: string; v: number; n: number}>(
      partialAggregateSql({
        relation,
        where: `${timed} AND ${finiteSql(v)}`,
        keys: [week, {name: "v", sql: v}],
        measures: [n]
      })
    );
    let at = 0;
    while (at < counts.length) {
      const from = counts[at].week;
      let end = at;
      let size = 0;
      while (end < counts.length && counts[end].week === from) size += counts[end++].n;
      const values = new Float64Array(size);
      let k = 0;
      for (let i = at; i < end; ++i) values.fill(counts[i].v, k, (k += counts[i].n));
      samples.get(from)!.numeric.set(column, values);
      at = end;
    }
  }
  for (const column of columns.categorical) {
    const v = `CAST(${id(column)} AS VARCHAR)`;
    const counts = await engine.all<{week: string; v: string; n: number}>(
      partialAggregateSql({
        relation,
        where: `${timed} AND ${v} IS NOT NULL`,
        keys: [week, {name: "v", sql: v}],
        measures: [n]
      })
    );
    for (const {week: from, v: value, n: count} of counts)
      samples.get(from)!.categorical.get(column)!.set(value, count);
  }
  return [...samples.values()];
}
