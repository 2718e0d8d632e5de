import {sqlLiteral} from "../db/sqlLiteral.js";
import type {RoiColumns} from "./roiColumns.js";

/**
 * SQL for the consistency comparison (RaterGroups, src/lib/roi/roiReport.ts): decisions and positive
 * decisions per decider, in three groups —
 * `baseline`: manual decisions before go-live by reviewer (final decision);
 * `reviewers`: routed cases from go-live by reviewer (review decision);
 * `desks`: the system's unreviewed decisions from go-live, dealt to `desks` pseudo-desks by a hash of the
 * decision id (DuckDB `hash`, deterministic), i.e. what the model's consistency looks like measured the way
 * reviewers' is. `decisions` is the decisions relation. Reviewer ids stay inside the loader: the report keeps only
 * counts.
 */
export function roiRatersSql(
  c: RoiColumns,
  {decisions, goLive, positive, desks}: {decisions: string; goLive: string; positive: string; desks: number}
): string {
  if (!Number.isSafeInteger(desks) || desks < 1) throw new Error(`invalid desks: ${desks}`);
  const d = decisions;
  const since = `CAST(${c.time} AS DATE) >= DATE ${sqlLiteral(goLive)}`;
  const pos = sqlLiteral(positive);
  return `SELECT 'baseline' AS "group", ${c.reviewer}::VARCHAR AS rater, count(*)::INTEGER AS decisions,
  count(*) FILTER (WHERE ${c.finalDecision} = ${pos})::INTEGER AS approvals
FROM ${d} WHERE NOT (${since}) AND ${c.decisionSource} = 'human' AND ${c.reviewer} IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'reviewers', ${c.reviewer}::VARCHAR, count(*)::INTEGER,
  count(*) FILTER (WHERE ${c.reviewDecision} = ${pos})::INTEGER
FROM ${d} WHERE ${since} AND ${c.review} AND ${c.reviewer} IS NOT NULL GROUP BY ALL
UNION ALL
SELECT 'desks', (hash(${c.id}) % ${desks})::VARCHAR, count(*)::INTEGER,
  count(*) FILTER (WHERE ${c.finalDecision} = ${pos})::INTEGER
FROM ${d} WHERE ${since} AND ${c.decisionSource} <> 'human' AND NOT ${c.review} GROUP BY ALL
ORDER BY 1, 2`;
}
