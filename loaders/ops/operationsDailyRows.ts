import type {Db} from "../db/openDb.js";
import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import {quantilesSql} from "../engine/quantilesSql.js";
import {needRole} from "../system/needRole.js";
import type {System} from "../system/System.js";
import type {OperationsDay} from "../../src/lib/operations/OperationsReport.js";

type Day = Omit<OperationsDay, "system">;

/**
 * operationsDailySql's rows computed on a partitioned (sharded) relation, with only aggregates leaving the engine:
 * per day the counts, the sum of review handling times (the mean) and the latency and handling quantiles
 * (quantilesSql, from counts per distinct value) are computed on the shards and merged; the review queue is an
 * event sweep in time order across the whole log, so its events (arrivals, and departures at time + handling) are
 * counted per instant on the shards and swept here; the errors (quarantined records whose time parses) are counted in
 * the local DuckDB, where the quarantine stays. Same values as operationsDailySql (floats to rounding).
 *
 * @throws {Error} carrying the SQL when a query fails
 */
export async function operationsDailyRows(system: System, relation: Relation, local: Db): Promise<Day[]> {
  const {engine} = relation;
  const {roles} = system;
  const col = (role: "decisionSource" | "latency" | "review" | "handlingTime") =>
    roles[role] ? id(roles[role]!) : "NULL";
  const time = id(needRole(system, "time"));
  const [source, latency, review, handling] = (["decisionSource", "latency", "review", "handlingTime"] as const).map(
    col
  );
  const automated = `${source} IS DISTINCT FROM 'human'`;
  const reviewed = `CAST(${review} AS BOOLEAN) = true`; // (postgres_fdw 15 does not ship coalesce)
  const day = {name: "day", sql: `CAST(${time} AS DATE)`};
  const count = (name: string, filter?: string) =>
    ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
  const h = `CAST(${handling} AS DOUBLE PRECISION)`;
  const daily = await engine.all<{
    day: string;
    decisions: number;
    fallbacks: number;
    automated: number;
    reviews: number;
    handled: number;
    handling: number | null;
  }>(
    partialAggregateSql({
      relation,
      where: `${time} IS NOT NULL`,
      keys: [day],
      measures: [
        count("decisions"),
        count("fallbacks", `${source} = 'fallback'`),
        count("automated", automated),
        count("reviews", reviewed),
        count("handled", `${reviewed} AND ${handling} IS NOT NULL`),
        {name: "handling", sql: `sum(${h}) FILTER (WHERE ${reviewed})`, merge: "sum", type: "DOUBLE PRECISION"}
      ]
    })
  );
  const quantiles = async (value: string, where: string, p: number[]) =>
    new Map(
      (
        await engine.all<Record<string, number | string>>(
          quantilesSql({relation, where, keys: [day], value, quantiles: p.map((p, i) => ({name: `q${i}`, p}))})
        )
      ).map((r) => [r.day as string, p.map((_, i) => r[`q${i}`] as number)])
    );
  const latencies = await quantiles(`CAST(${latency} AS DOUBLE PRECISION)`, automated, [0.5, 0.95, 0.99]);
  const handled = await quantiles(h, reviewed, [0.95]);
  // review queue: arrivals at t, departures at t + handling (microseconds, as DuckDB's to_microseconds of a BIGINT)
  const departure = `${time} + CAST(round(${h} * 1000000) AS BIGINT) * INTERVAL '1 microsecond'`;
  // (instants as the engine returns timestamps, ISO 8601 in milliseconds: they sort as text)
  const eventsAt = (ts: string, delta: number) =>
    engine
      .all<{ts: string; n: number}>(
        partialAggregateSql({
          relation,
          where: `${reviewed} AND ${handling} IS NOT NULL AND ${time} IS NOT NULL`,
          keys: [{name: "ts", sql: ts}],
          measures: [{...count("n"), name: "n"}]
        })
      )
      .then((rows) => rows.map((r) => ({ts: r.ts, delta, n: r.n})));
  const events = [...(await eventsAt(time, 1)), ...(await eventsAt(departure, -1))].sort((a, b) =>
    a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.delta - b.delta
  );
  const queue = new Map<string, {peak: number; end: number; endTs: string; endDelta: number}>();
  let open = 0;
  for (const e of events) {
    const d = e.ts.slice(0, 10);
    const first = open + e.delta; // DuckDB sums row by row: the group's first row, then the rest
    open += e.delta * e.n;
    const q = queue.get(d) ?? {peak: -Infinity, end: 0, endTs: "", endDelta: 0};
    q.peak = Math.max(q.peak, e.delta > 0 ? open : first);
    // queue_end: arg_max(open, (ts, -delta)): the latest instant, a departure before an arrival
    if (e.ts > q.endTs || (e.ts === q.endTs && -e.delta > -q.endDelta))
      Object.assign(q, {end: open, endTs: e.ts, endDelta: e.delta});
    queue.set(d, q);
  }
  const errors = new Map<string, number>();
  if (system.relations.quarantine)
    for (const r of await local.all<{day: string; errors: number}>(
      `SELECT CAST(CAST(TRY_CAST(${time} AS TIMESTAMP) AS DATE) AS VARCHAR) AS day, count(*) AS errors
       FROM ${system.relations.quarantine} WHERE TRY_CAST(${time} AS TIMESTAMP) IS NOT NULL GROUP BY 1`
    ))
      errors.set(r.day, r.errors);
  return daily.map((d) => {
    const e = errors.get(d.day) ?? 0;
    const [p50, p95, p99] = latencies.get(d.day) ?? [null, null, null];
    const q = queue.get(d.day);
    return {
      day: d.day,
      decisions: d.decisions,
      errors: e,
      fallbacks: d.fallbacks,
      automated: d.automated,
      success_rate: (d.decisions - d.fallbacks) / (d.decisions + e),
      fallback_rate: d.automated > 0 ? d.fallbacks / d.automated : null,
      latency_p50: p50,
      latency_p95: p95,
      latency_p99: p99,
      reviews: d.reviews,
      queue_peak: q ? q.peak : 0,
      queue_end: q ? q.end : 0,
      review_hours_mean: d.handled > 0 && d.handling !== null ? d.handling / d.handled / 3600 : null,
      review_hours_p95: handled.has(d.day) ? handled.get(d.day)![0] / 3600 : null
    };
  });
}
