import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Engine} from "../engine/Engine.js";
import {partialAggregateSql, type AggregateKey} from "../engine/partialAggregateSql.js";
import {quantilesSql} from "../engine/quantilesSql.js";
import type {System} from "../system/System.js";
import type {DriftScore} from "./driftScores.js";
import type {SpcSeriesInfo} from "./spcMetrics.js";
import type {SpcSystem} from "./spcSeriesSql.js";
import type {SeriesRow} from "../../src/lib/spc/selectSeries.js";

/** One row of the spc-series table (spcSeriesSql's columns): the SPC page's SeriesRow with every column present. */
export type SpcSeriesRow = Required<SeriesRow>;

const info = (system: string, m: SpcSeriesInfo, unit: string) => ({
  system,
  metric: m.id,
  label: m.label,
  kind: m.kind,
  description: m.description,
  family: m.family?.id ?? null,
  family_label: m.family?.label ?? null,
  member: m.family?.member ?? null,
  threshold: m.threshold === undefined ? null : Number(String(m.threshold)),
  unit
});

/**
 * spcSeriesSql's rows on another engine, only aggregates leaving it: per source (decisions, outcomes) and unit, every
 * proportion metric's counts in one query (one scan of the source on each shard), per UTC day computed on the shards
 * (partialAggregateSql) and merged into days, weeks or months; the latency quantile per unit from counts per distinct
 * latency (quantilesSql); outcome metrics over the decisions with their outcomes (the labelled view,
 * labelled rows only: the join spcSeriesSql makes); the quarantine rate from the accepted rows' counts (engine) and
 * the quarantined rows' counts (the local DuckDB, where the quarantine stays). Same rows and order as spcSeriesSql.
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function spcSeriesRows(
  spc: SpcSystem,
  system: System,
  engine: Engine,
  local: Db,
  units: readonly ("day" | "week" | "month")[],
  scores: ReadonlyMap<string, readonly DriftScore[]>
): Promise<SpcSeriesRow[]> {
  const partition = system.partition ? {partition: system.partition} : {};
  const decisions = {from: system.relation, ...partition};
  const {time, source} = spc.columns;
  const bucket = (unit: string): AggregateKey => ({
    name: "bucket",
    sql: `CAST(${time} AS DATE)`,
    merge: (day) =>
      `CAST(${unit === "day" ? day : unit === "week" ? dialectSql.weekStart(engine.dialect, day) : dialectSql.monthStart(engine.dialect, day)} AS VARCHAR)`
  });
  const [start] = await engine.all<{t: string | null}>(
    partialAggregateSql({
      relation: decisions,
      keys: [],
      measures: [
        {
          name: "t",
          sql: `min(CAST(${time} AS TIMESTAMP))${source ? ` FILTER (WHERE ${source} <> 'human')` : ""}`,
          merge: "min"
        }
      ]
    })
  );
  const automated_from = start?.t ? start.t.slice(0, 10) : null;
  const rows: SpcSeriesRow[] = [];
  // the proportion metrics of one source and unit in one query: every metric's n and count per bucket (one scan of
  // the source on each shard, where each metric and unit used to be its own)
  type Series = {bucket: string; n: number | null; count: number | null; value: number | null}[];
  const proportions = new Map<string, Series>(); // metric id and unit → its series
  for (const from of ["decisions", "outcomes"] as const) {
    const metrics = spc.metrics.filter((m) => m.kind !== "value" && m.source === from);
    if (metrics.length === 0 || (from === "outcomes" && !spc.relations.outcomes)) continue;
    if (from === "outcomes" && !system.relations.labelled)
      throw new Error(`metric ${metrics[0].id} needs the labelled relation`);
    for (const unit of units) {
      const found = await engine.all<Record<string, number | string>>(
        partialAggregateSql({
          relation: from === "outcomes" ? {from: system.relations.labelled!, ...partition} : decisions,
          where: from === "outcomes" ? `"_labelled"` : undefined,
          keys: [bucket(unit)],
          measures: metrics.flatMap((m, i) => [
            {name: `n${i}`, sql: m.n!, merge: "sum" as const, type: "BIGINT" as const},
            {name: `count${i}`, sql: m.count!, merge: "sum" as const, type: "BIGINT" as const}
          ])
        })
      );
      metrics.forEach((m, i) =>
        proportions.set(
          `${m.id}\0${unit}`,
          found.map((r) => ({
            bucket: String(r.bucket),
            n: Number(r[`n${i}`]),
            count: Number(r[`count${i}`]),
            value: null
          }))
        )
      );
    }
  }
  for (const metric of spc.metrics) {
    if (metric.source !== "decisions" && !spc.relations[metric.source]) continue;
    for (const unit of units) {
      let series: Series;
      if (metric.kind === "value") {
        // the one value metric: p95 latency of automated decisions (spcMetrics)
        const latency = id(system.roles.latency!);
        series = (
          await engine.all<{bucket: string; p95: number}>(
            quantilesSql({
              relation: decisions,
              where: source ? `${source} <> 'human'` : undefined,
              keys: [bucket(unit)],
              value: latency,
              quantiles: [{name: "p95", p: 0.95}]
            })
          )
        ).map((r) => ({bucket: r.bucket, n: null, count: null, value: r.p95}));
      } else if (metric.source === "quarantine") {
        const accepted = await engine.all<{bucket: string; n: number}>(
          partialAggregateSql({
            relation: decisions,
            where: `${time} IS NOT NULL`,
            keys: [bucket(unit)],
            measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
          })
        );
        const t = `CAST(TRY_CAST(${time} AS TIMESTAMPTZ) AS TIMESTAMP)`;
        const quarantined = await local.all<{bucket: string; n: number}>(
          `SELECT CAST(CAST(date_trunc('${unit}', ${t}) AS DATE) AS VARCHAR) AS bucket, count(*) AS n
           FROM ${spc.relations.quarantine} WHERE ${t} IS NOT NULL GROUP BY 1`
        );
        const all = new Map(accepted.map((r) => [r.bucket, {n: r.n, count: 0}]));
        for (const q of quarantined) {
          const b = all.get(q.bucket) ?? {n: 0, count: 0};
          all.set(q.bucket, {n: b.n + q.n, count: b.count + q.n});
        }
        series = [...all].map(([b, c]) => ({bucket: b, n: c.n, count: c.count, value: null}));
      } else {
        series = proportions.get(`${metric.id}\0${unit}`)!;
      }
      for (const s of series)
        if (metric.kind === "value" ? s.value !== null : s.n! > 0)
          rows.push({...info(spc.system, metric, unit), ...s, automated_from});
    }
  }
  if (units.includes("week"))
    for (const metric of spc.drift?.metrics ?? [])
      for (const d of (scores.get(metric.id) ?? []).filter((d) => Number.isFinite(d.value)))
        rows.push({
          ...info(spc.system, metric, "week"),
          bucket: d.bucket,
          n: null,
          count: null,
          value: Number(String(d.value)),
          automated_from
        });
  const order = (r: SpcSeriesRow) => [r.system, r.metric, r.unit, r.bucket];
  return rows.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; ++i) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
}
