import type {Db} from "../db/openDb.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {defaultReference} from "../system/defaultReference.js";
import type {TimeWindow} from "../system/parseWindow.js";
import {binEdges, type Bins} from "./binEdges.js";
import {windowWhere} from "./explainCountsSql.js";
import {explainMetric, type ExplainMetric} from "./explainMetric.js";
import {explainRelationSql} from "./explainRelationSql.js";
import type {ExplainSystem} from "./explainSystem.js";

/** What the Explain page needs to decompose a system's rates from the daily counts. */
export interface ExplainMeta {
  system: string;
  bins_reference: {from: string; to: string};
  metrics: Omit<ExplainMetric, "n" | "count" | "source">[];
  /** Attributes in contract order; `order` is a numeric attribute's bin labels (segments sort by it). */
  attributes: {name: string; kind: "numeric" | "categorical"; order: string[] | null}[];
}

/** The rates the Explain page precomputes: the decision rates and KPIs of `workbench spc`, not the null rates. */
export const PAGE_METRICS = [
  "positive_rate",
  "review_rate",
  "override_rate",
  "fallback_rate",
  "score_null_rate",
  "bad_rate",
  "latency_p95"
];

/**
 * What the Explain page needs besides the counts: the bins reference (`reference`, else the Drift reference,
 * defaultReference), the
 * metrics it decomposes (PAGE_METRICS the system has, explainMetric: a quantile metric with its reference threshold)
 * and the attributes with their bins (binEdges), with the SQL the counts need.
 *
 * @example const {meta} = await explainMeta(db, system);
 */
export async function explainMeta(
  db: Db,
  system: ExplainSystem,
  given?: TimeWindow
): Promise<{meta: ExplainMeta; metrics: ExplainMetric[]; bins: Record<string, Bins>; relation: string}> {
  const relation = explainRelationSql(system);
  const reference =
    given ?? (await defaultReference(db, `read_parquet(${sqlLiteral(system.decisions)})`, system.time, system.score));
  if (!reference) throw new Error(`no timed decision in ${system.decisions}`);
  const metrics: ExplainMetric[] = [];
  for (const m of system.metrics.filter((x) => PAGE_METRICS.includes(x.id)))
    metrics.push(await explainMetric(db, m, `(${relation})`, windowWhere(reference)));
  const bins = await binEdges(db, system.attributes, `(${relation})`, windowWhere(reference));
  return {
    relation,
    metrics,
    bins,
    meta: {
      system: system.system,
      bins_reference: reference,
      metrics: metrics.map(({id, label, description, threshold}) => ({
        id,
        label,
        description,
        ...(threshold === undefined ? {} : {threshold})
      })),
      attributes: system.attributes.map((a) => ({name: a.name, kind: a.kind, order: bins[a.name]?.labels ?? null}))
    }
  };
}
