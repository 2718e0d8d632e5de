import type {Db} from "../db/openDb.js";
import type {SpcMetric} from "../spc/spcMetrics.js";

/**
 * A rate explain decomposes: per row group, `n` rows count and `count` of them have the event (SQL aggregates, each
 * `count(*)` or `count(*) FILTER (WHERE …)`: explainCountsSql counts rows by the predicates they meet).
 */
export interface ExplainMetric {
  id: string;
  label: string;
  /** What the rate is, in plain words (for a quantile metric, the threshold it is read at). */
  description: string;
  source: "decisions" | "outcomes";
  n: string;
  count: string;
  /** For a quantile metric: the reference quantile the rate is the exceedance of. */
  threshold?: number;
}

/**
 * The rate explain decomposes for a metric of `workbench spc`. A proportion is itself (its `n` and `count`
 * aggregates). A quantile metric such as latency_p95 is not a sum over segments, so it is read as the exceedance
 * rate of the same quantile in the bins reference: θ = the p-quantile (quantile_cont, type 7) of the column over the
 * reference rows it is taken over, n = those rows with a value, count = those above θ. In the reference this rate is
 * 1 − p (5 % for a p95), and a rise of the p95 shows as a rise of the share above θ, which decomposes exactly.
 * `relation` is a relation over the decisions with the time as `__t` (TIMESTAMP) and `reference` the SQL predicate
 * of the bins reference window.
 *
 * @throws {Error} for a metric that is neither a proportion nor a quantile, or a quantile with no reference value
 * @example await explainMetric(db, metric, "d", "__t >= TIMESTAMP '2026-02-02' AND __t < TIMESTAMP '2026-03-02'");
 */
export async function explainMetric(
  db: Db,
  metric: SpcMetric,
  relation: string,
  reference: string
): Promise<ExplainMetric> {
  const base = {id: metric.id, label: metric.label, description: metric.description};
  if (metric.kind === "proportion" && metric.n && metric.count && metric.source !== "quarantine")
    return {...base, source: metric.source, n: metric.n, count: metric.count};
  const q = metric.quantile;
  if (!q) throw new Error(`metric ${metric.id} cannot be decomposed (neither a rate nor a quantile)`);
  const [{theta}] = await db.all<{theta: number | null}>(
    `SELECT quantile_cont(${q.column}, ${q.p}) FILTER (WHERE ${q.among}) AS theta FROM ${relation} WHERE ${reference}`
  );
  if (theta === null) throw new Error(`metric ${metric.id}: no value in the bins reference to take the quantile of`);
  const rows = `${q.among} AND ${q.column} IS NOT NULL`;
  return {
    ...base,
    label: `share of ${q.column.replace(/^"|"$/g, "")} above ${theta.toFixed(1)} (reference p${Math.round(q.p * 100)})`,
    description: `${metric.description} Decomposed as the share of those decisions above ${theta.toFixed(1)}, the reference period's ${Math.round(q.p * 100)}th percentile (${(100 * (1 - q.p)).toFixed(0)} % of them there).`,
    source: "decisions",
    n: `count(*) FILTER (WHERE ${rows})`,
    count: `count(*) FILTER (WHERE ${rows} AND ${q.column} > CAST('${theta}' AS DOUBLE))`,
    threshold: theta
  };
}
