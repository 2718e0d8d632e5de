import {sqlIdentifier as id} from "../db/sqlIdentifier.js";
import type {Relation} from "./Engine.js";

/** A grouping key: `sql` over the relation's rows; `merge` maps it to a coarser key computed after the partials. */
export interface AggregateKey {
  name: string;
  sql: string;
  /**
   * A coarser key computed from the key after each partition has aggregated, e.g. the month of a day:
   * `(day) => dialectSql.monthStart(dialect, day)`. For expressions postgres_fdw cannot ship (see dialectSql).
   */
  merge?: (key: string) => string;
}

/**
 * A measure: an aggregate of the rows (`sql`, e.g. `count(*)`, `sum(x)`, `min(x)`) whose per-partition values merge
 * by `merge` (sums are cast to `type`, so every engine gives the same column type); or the `moments` of a numeric
 * expression, which gives three columns `<name>_n` (count of non-null values, BIGINT), `<name>_mean` and `<name>_m2`
 * (sum of squared deviations from the mean), merged exactly by Chan, Golub & LeVeque's parallel formula
 * (n = Σ nᵢ, mean = Σ nᵢ meanᵢ / n, M2 = Σ M2ᵢ + Σ nᵢ (meanᵢ − mean)²), as src/lib/profile/mergeMoments does.
 */
export type AggregateMeasure =
  | {name: string; sql: string; merge: "sum"; type: "BIGINT" | "DOUBLE PRECISION" | "DECIMAL(38, 18)"}
  | {name: string; sql: string; merge: "min" | "max"}
  | {name: string; moments: string};

export interface PartialAggregate {
  relation: Pick<Relation, "from" | "partition">;
  /** A row filter (shippable SQL). */
  where?: string;
  keys: AggregateKey[];
  measures: AggregateMeasure[];
  /**
   * Keep each partition's groups as they are, unmerged and in no order: a key may then come once per partition (its
   * `merge` applied). For a reader to whom a group of n rows is n rows and who orders them itself (scoredCountsSql):
   * the merge would only cost a sort and a GROUP BY of every partial on the coordinator. Not for moments.
   */
  partials?: boolean;
}

type Moments = {name: string; moments: string};
const isMoments = (m: AggregateMeasure): m is Moments => "moments" in m;
const momentNames = (name: string) => ({n: `${name}_n`, mean: `${name}_mean`, m2: `${name}_m2`});

/** The per-group aggregates of a measure over rows: one column, or a moments measure's three. */
function rowAggregates(m: AggregateMeasure): string[] {
  if (!isMoments(m)) return [`${m.merge === "sum" ? `CAST(${m.sql} AS ${m.type})` : m.sql} AS ${id(m.name)}`];
  const c = momentNames(m.name);
  const x = `CAST(${m.moments} AS DOUBLE PRECISION)`;
  return [`count(${x}) AS ${id(c.n)}`, `avg(${x}) AS ${id(c.mean)}`, `var_pop(${x}) * count(${x}) AS ${id(c.m2)}`];
}

/** The merge of a measure's partial columns; a moments measure reads its group's merged mean `__<name>_mean`. */
function mergedAggregates(m: AggregateMeasure): string[] {
  if (!isMoments(m)) {
    const merged = `${m.merge}(${id(m.name)})`;
    return [`${m.merge === "sum" ? `CAST(${merged} AS ${m.type})` : merged} AS ${id(m.name)}`];
  }
  const c = momentNames(m.name);
  const [n, mean, m2, g] = [id(c.n), id(c.mean), id(c.m2), id(`__${m.name}_mean`)];
  return [
    `CAST(sum(${n}) AS BIGINT) AS ${n}`,
    `sum(${n} * ${mean}) / nullif(sum(${n}), 0) AS ${mean}`,
    `sum(${m2} + ${n} * (${mean} - ${g}) * (${mean} - ${g})) AS ${m2}`
  ];
}

const positions = (n: number, from = 1) => Array.from({length: n}, (_, i) => i + from).join(", ");

/**
 * One GROUP BY over a relation, written so that a sharded engine computes it on the shards. When the relation has a
 * partition key, the query is two-phase: an inner GROUP BY that starts with the partition key, which PostgreSQL
 * plans per partition (enable_partitionwise_aggregate) and postgres_fdw sends whole to each shard (PostgreSQL 15
 * never sends a partial aggregate), and an outer GROUP BY on the coordinator that merges the partials (sums of
 * counts and sums, min of mins, max of maxes, moments by Chan's formula) and applies the keys' `merge`. Without a
 * partition key (DuckDB, a plain table) it is one GROUP BY with the same output columns. Output: the keys, then the
 * measures, ordered by the keys.
 *
 * @throws {Error} `partialAggregateSql: duplicate column "x"`
 * @example
 * partialAggregateSql({relation: {engine, from: '"s"."decisions"', partition: "_shard"},
 *   keys: [{name: "day", sql: "CAST(decided_at AS DATE)"}], measures: [{name: "n", sql: "count(*)", merge: "sum", type: "BIGINT"}]})
 * // => SELECT "day" AS "day", CAST(sum("n") AS BIGINT) AS "n" FROM (SELECT "_shard" AS "__partition",
 * //    CAST(decided_at AS DATE) AS "day", CAST(count(*) AS BIGINT) AS "n" FROM "s"."decisions" GROUP BY 1, 2)
 * //    AS "__partial" GROUP BY 1 ORDER BY 1
 */
export function partialAggregateSql({relation, where, keys, measures, partials = false}: PartialAggregate): string {
  const seen = new Set<string>();
  for (const name of [
    ...keys.map((k) => k.name),
    ...measures.flatMap((m) => (isMoments(m) ? Object.values(momentNames(m.name)) : [m.name]))
  ]) {
    if (seen.has(name)) throw new Error(`partialAggregateSql: duplicate column ${JSON.stringify(name)}`);
    seen.add(name);
  }
  const filter = where ? ` WHERE ${where}` : "";
  const group = keys.length > 0 ? ` GROUP BY ${positions(keys.length)}` : "";
  const order = keys.length > 0 ? ` ORDER BY ${positions(keys.length)}` : "";
  if (!relation.partition) {
    const select = [
      ...keys.map((k) => `${k.merge ? k.merge(k.sql) : k.sql} AS ${id(k.name)}`),
      ...measures.flatMap(rowAggregates)
    ];
    return `SELECT ${select.join(", ")} FROM ${relation.from}${filter}${group}${order}`;
  }
  const inner = [
    `${id(relation.partition)} AS "__partition"`,
    ...keys.map((k) => `${k.sql} AS ${id(k.name)}`),
    ...measures.flatMap(rowAggregates)
  ];
  const partial = `(SELECT ${inner.join(", ")} FROM ${relation.from}${filter} GROUP BY ${positions(keys.length + 1)}) AS "__partial"`;
  const outerKeys = keys.map((k) => (k.merge ? k.merge(id(k.name)) : id(k.name)));
  if (partials) {
    if (measures.some(isMoments)) throw new Error("partialAggregateSql: partials take no moments");
    const select = [...keys.map((k, i) => `${outerKeys[i]} AS ${id(k.name)}`), ...measures.map((m) => id(m.name))];
    return `SELECT ${select.join(", ")} FROM ${partial}`;
  }
  const select = [...keys.map((k, i) => `${outerKeys[i]} AS ${id(k.name)}`), ...measures.flatMap(mergedAggregates)];
  const moments = measures.filter(isMoments);
  if (moments.length === 0) return `SELECT ${select.join(", ")} FROM ${partial}${group}${order}`;
  // Beside each partial row, its group's merged mean, for Chan's M2 term.
  const over = keys.length > 0 ? `OVER (PARTITION BY ${outerKeys.join(", ")})` : "OVER ()";
  const means = moments.map((m) => {
    const c = momentNames(m.name);
    return `sum(${id(c.n)} * ${id(c.mean)}) ${over} / nullif(sum(${id(c.n)}) ${over}, 0) AS ${id(`__${m.name}_mean`)}`;
  });
  return `SELECT ${select.join(", ")} FROM (SELECT *, ${means.join(", ")} FROM ${partial}) AS "__merged"${group}${order}`;
}
