import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {Relation} from "./Engine.js";
import {partialAggregateSql, type AggregateKey} from "./partialAggregateSql.js";

export interface Quantiles {
  relation: Pick<Relation, "from" | "partition">;
  where?: string;
  /** The groups (e.g. the day); may merge (see AggregateKey). */
  keys: AggregateKey[];
  /** The value whose quantiles are computed; NULLs are left out, as percentile_cont leaves them out. */
  value: string;
  /** Output column name and probability p in [0, 1] of each quantile. */
  quantiles: {name: string; p: number}[];
}

/**
 * Exact quantiles per group by Hyndman & Fan's definition 7 (`percentile_cont`, R's default, src/lib/drift/quantileType7),
 * computed in the engine from counts per distinct value, so that a sharded engine counts on the shards and only the
 * counts cross: `percentile_cont` itself is an ordered-set aggregate no engine merges from partial results, so on a
 * postgres_fdw coordinator it would ship every value. Per group, with n values and cumulative counts C(v) (values ≤ v)
 * over the ascending distinct values: h = (n − 1)p, lo = ⌊h⌋, x[lo] = the least v with C(v) ≥ lo + 1, x[lo + 1] = the
 * least v with C(v) ≥ lo + 2, Q = x[lo] + (h − lo)(x[lo + 1] − x[lo]) (x[n − 1] when lo ≥ n − 1): the operations
 * quantileType7 performs, in the same order, so the results are the same doubles. Output: the keys, `n` (BIGINT, values
 * counted), then one DOUBLE PRECISION column per quantile, ordered by the keys. A group without values has no row.
 *
 * @throws {Error} for p outside [0, 1]
 * @example quantilesSql({relation, keys: [{name: "day", sql: "CAST(decided_at AS DATE)"}], value: "latency_ms",
 *   quantiles: [{name: "latency_p50", p: 0.5}, {name: "latency_p95", p: 0.95}]})
 */
export function quantilesSql({relation, where, keys, value, quantiles}: Quantiles): string {
  for (const {p} of quantiles) if (!(p >= 0 && p <= 1)) throw new Error(`invalid quantile probability: ${p}`);
  const x = `CAST(${value} AS DOUBLE PRECISION)`;
  const counts = partialAggregateSql({
    relation,
    where: [`${value} IS NOT NULL`, ...(where ? [`(${where})`] : [])].join(" AND "),
    keys: [...keys, {name: "__v", sql: x}],
    measures: [{name: "__n", sql: "count(*)", merge: "sum", type: "BIGINT"}]
  });
  const k = keys.map((key) => id(key.name));
  const over = k.length > 0 ? `PARTITION BY ${k.join(", ")}` : "";
  const positions = quantiles.map(
    ({p}, i) =>
      `(CAST(sum("__n") OVER (${over}) AS DOUBLE PRECISION) - 1) * CAST('${p}' AS DOUBLE PRECISION) AS "__h${i}"`
  );
  const picks = quantiles.flatMap((_, i) => [
    `min("__v") FILTER (WHERE "__c" >= floor("__h${i}") + 1) AS "__lo${i}"`,
    `min("__v") FILTER (WHERE "__c" >= floor("__h${i}") + 2) AS "__hi${i}"`,
    `max("__h${i}") AS "__h${i}"`
  ]);
  const result = quantiles.map(
    ({name}, i) =>
      `CASE WHEN floor("__h${i}") >= "n" - 1 THEN "__max" ELSE "__lo${i}" + ("__h${i}" - floor("__h${i}")) * ("__hi${i}" - "__lo${i}") END AS ${id(name)}`
  );
  const group = k.length > 0 ? ` GROUP BY ${k.map((_, i) => i + 1).join(", ")}` : "";
  const order = k.length > 0 ? ` ORDER BY ${k.map((_, i) => i + 1).join(", ")}` : "";
  return `WITH "__counts" AS (${counts}),
  "__cumulative" AS (
    SELECT *, sum("__n") OVER (${over} ORDER BY "__v" ROWS UNBOUNDED PRECEDING) AS "__c", ${positions.join(", ")}
    FROM "__counts"),
  "__picked" AS (
    SELECT ${[...k, `CAST(sum("__n") AS BIGINT) AS "n"`, `max("__v") AS "__max"`, ...picks].join(", ")}
    FROM "__cumulative"${group})
SELECT ${[...k, `"n"`, ...result].join(", ")} FROM "__picked"${order}`;
}
