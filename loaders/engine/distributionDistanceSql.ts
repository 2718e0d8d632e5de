import type {Relation} from "./Engine.js";
import {partialAggregateSql} from "./partialAggregateSql.js";

export interface DistributionDistance {
  relation: Pick<Relation, "from" | "partition">;
  /** The numeric value compared (rows where it is NULL or not finite are left out). */
  value: string;
  /** The current windows: a shippable key expression (e.g. the week of the time column), named `window_start`. */
  window: string;
  /** The rows of the reference window (a shippable predicate). */
  reference: string;
  /** A filter on every row (e.g. the time column is not null). */
  where?: string;
}

/** `x` is a finite number (false for NULL, NaN and ±Infinity), in SQL both dialects run. */
export const finiteSql = (x: string) =>
  `(${x} > CAST('-Infinity' AS DOUBLE PRECISION) AND ${x} < CAST('Infinity' AS DOUBLE PRECISION))`;

/**
 * The two-sample Kolmogorov–Smirnov statistic D and the Wasserstein-1 distance between the reference window and each
 * current window, computed exactly in the engine from counts per distinct value, so that only one row per window
 * leaves it: `window_start, n_ref, n_cur, ks, wasserstein`.
 *
 * The counts per (window, value) and per reference value are partial aggregates (partialAggregateSql): on a sharded
 * engine each shard counts its own rows and the coordinator adds the counts, so what crosses the network is one row
 * per distinct value and shard, never the rows. Then, per window, the pooled distinct values of the reference and the
 * window in ascending order give both right-continuous ECDFs as running sums of the counts (window functions over
 * the union of the two windows), and
 * - ks = max |F_ref(v) − F_cur(v)| over the pooled values (scipy.stats.ks_2samp's D);
 * - wasserstein = Σ |F_ref(vₖ) − F_cur(vₖ)| (vₖ₊₁ − vₖ), summed in ascending order (scipy.stats.wasserstein_distance).
 * Each ECDF value is (count ≤ v) / n in double precision, the operations src/lib/drift/ks2samp.ts and wasserstein.ts
 * perform, and the sum is ordered, so both equal the TypeScript results on the same values (tested to the last bit on
 * DuckDB). The p-value and the normed distance stay in TypeScript (ks2samp's exact or asymptotic p-value from D, n_ref,
 * n_cur; the reference's standard deviation from its moments). Cost: a sort of (distinct reference values + distinct
 * window values) per window where the counts meet (the coordinator, or DuckDB).
 *
 * @example distributionDistanceSql({relation, value: "income", window: "CAST(date_trunc('week', decided_at) AS DATE)",
 *   reference: "decided_at >= '2026-01-05' AND decided_at < '2026-02-02'"})
 */
export function distributionDistanceSql({relation, value, window, reference, where}: DistributionDistance): string {
  const x = `CAST(${value} AS DOUBLE PRECISION)`;
  const rows = [finiteSql(x), ...(where ? [`(${where})`] : [])].join(" AND ");
  const count = {name: "n", sql: "count(*)", merge: "sum" as const, type: "BIGINT" as const};
  const current = partialAggregateSql({
    relation,
    where: rows,
    keys: [
      {name: "window_start", sql: window},
      {name: "v", sql: x}
    ],
    measures: [count]
  });
  const ref = partialAggregateSql({
    relation,
    where: `${rows} AND (${reference})`,
    keys: [{name: "v", sql: x}],
    measures: [count]
  });
  const w = `PARTITION BY "window_start"`;
  const f = (n: string) =>
    `CAST(sum(${n}) OVER (${w} ORDER BY "v" ROWS UNBOUNDED PRECEDING) AS DOUBLE PRECISION) / nullif(CAST(sum(${n}) OVER (${w}) AS DOUBLE PRECISION), 0)`;
  return `WITH "__current" AS (${current}),
  "__reference" AS (${ref}),
  "__pooled" AS (
    SELECT "window_start", "v", sum("rn") AS "rn", sum("cn") AS "cn" FROM (
      SELECT "window_start", "v", 0 AS "rn", "n" AS "cn" FROM "__current"
      UNION ALL
      SELECT "w"."window_start", "r"."v", "r"."n" AS "rn", 0 AS "cn"
      FROM (SELECT DISTINCT "window_start" FROM "__current") AS "w" CROSS JOIN "__reference" AS "r"
    ) AS "__union" GROUP BY 1, 2),
  "__ecdf" AS (
    SELECT "window_start", "v", ${f('"rn"')} AS "f_ref", ${f('"cn"')} AS "f_cur",
      lead("v") OVER (${w} ORDER BY "v") - "v" AS "step",
      sum("rn") OVER (${w}) AS "n_ref", sum("cn") OVER (${w}) AS "n_cur"
    FROM "__pooled")
SELECT "window_start", CAST(max("n_ref") AS BIGINT) AS "n_ref", CAST(max("n_cur") AS BIGINT) AS "n_cur",
  max(abs("f_ref" - "f_cur")) AS "ks",
  sum(abs("f_ref" - "f_cur") * "step" ORDER BY "v") AS "wasserstein"
FROM "__ecdf" GROUP BY 1 ORDER BY 1`;
}
