import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {FairnessConvention} from "./fairnessConvention.js";

/**
 * SQL for the row-level, PII-free fairness table of one system: one row per decision, ordered by time and key,
 * with only the columns a fairness review needs, named independently of the system:
 * `decided_at` (TIMESTAMP), `month` (DATE, first of the month), `model_version`, `decision_source`, every
 * protected attribute under its own name, `score`, `threshold`, `model_pos` (the model's decision is the
 * favourable one), `final_pos` (the decision after review is), `reviewed`, `overridden`, and `label_pos`
 * (the favourable outcome: the adverse label is false; NULL while the outcome is unknown).
 * `decisions` and `outcomes` are relations (System.relations); without outcomes `label_pos` is NULL throughout. With
 * `engine` (another engine than DuckDB) the decisions with outcomes are System.relations.labelled. Row-level by design
 * (the Fairness page re-slices the rows in the browser): on a sharded engine the rows cross the network.
 * @example await writeParquet(db, fairnessRowsSql(convention, system.relations));
 */
export function fairnessRowsSql(
  c: FairnessConvention,
  {decisions, outcomes, labelled}: {decisions: string; outcomes?: string; labelled?: string},
  engine = false
): string {
  const id = sqlIdentifier;
  // on another engine the join is the labelled relation (a view on each shard of a sharded engine)
  const viewed = engine && outcomes !== undefined;
  if (viewed && !labelled) throw new Error("fairnessRowsSql: an engine's system needs its labelled relation");
  const positive = sqlLiteral(c.positiveDecision);
  const orNull = (column: string | null, cast: string) => (column ? `d.${id(column)}::${cast}` : `NULL::${cast}`);
  const label = outcomes ? `NOT ${viewed ? "d" : "o"}.${id(c.label.column)}` : "NULL::BOOLEAN";
  return `SELECT
  d.${id(c.time)}::TIMESTAMP AS decided_at,
  date_trunc('month', d.${id(c.time)}::TIMESTAMP)::DATE AS month,
  ${orNull(c.modelVersion, "VARCHAR")} AS model_version,
  ${orNull(c.decisionSource, "VARCHAR")} AS decision_source,
  ${c.protected.map((p) => `d.${id(p)}::VARCHAR AS ${id(p)}`).join(",\n  ")},
  d.${id(c.score)}::DOUBLE PRECISION AS score,
  ${orNull(c.threshold, "DOUBLE PRECISION")} AS threshold,
  (d.${id(c.decision)} = ${positive}) AS model_pos,
  (d.${id(c.finalDecision ?? c.decision)} = ${positive}) AS final_pos,
  coalesce(${orNull(c.review, "BOOLEAN")}, false) AS reviewed,
  coalesce(${orNull(c.override, "BOOLEAN")}, false) AS overridden,
  ${label} AS label_pos
FROM ${viewed ? labelled : decisions} d${outcomes && !viewed ? `\nLEFT JOIN ${outcomes} o USING (${id(c.key)})` : ""}
ORDER BY decided_at, d.${id(c.key)}`;
}
