import {dialectSql} from "../engine/dialectSql.js";
import type {Dialect} from "../engine/Engine.js";
import {partialAggregateSql, type AggregateKey} from "../engine/partialAggregateSql.js";
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
  {decisions, goLive, positive, desks}: {decisions: string; goLive: string; positive: string; desks: number},
  engine?: {dialect: Dialect; partition?: string}
): string {
  if (!Number.isSafeInteger(desks) || desks < 1) throw new Error(`invalid desks: ${desks}`);
  if (engine) return engineSql(c, {decisions, goLive, positive, desks}, engine);
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

/**
 * roiRatersSql on another engine: each group's counts per rater computed per shard (partialAggregateSql) and merged;
 * the pseudo-desks deal by DuckDB's hash of the decision key, which shard-load stored (dialectSql.keyHash), so they
 * are the same desks as DuckDB's.
 */
function engineSql(
  c: RoiColumns,
  {decisions, goLive, positive, desks}: {decisions: string; goLive: string; positive: string; desks: number},
  {dialect, partition}: {dialect: Dialect; partition?: string}
): string {
  const relation = {from: decisions, ...(partition ? {partition} : {})};
  const since = `CAST(${c.time} AS DATE) >= CAST(${sqlLiteral(goLive)} AS DATE)`;
  const pos = sqlLiteral(positive);
  const group = (name: string, where: string, rater: AggregateKey, approved: string) =>
    `SELECT '${name}' AS "group", rater, CAST(decisions AS INTEGER) AS decisions, CAST(approvals AS INTEGER) AS approvals
FROM (${partialAggregateSql({
      relation,
      where,
      keys: [rater],
      measures: [
        {name: "decisions", sql: "count(*)", merge: "sum", type: "BIGINT"},
        {name: "approvals", sql: `count(*) FILTER (WHERE ${approved})`, merge: "sum", type: "BIGINT"}
      ]
    })}) AS "__${name}"`;
  const reviewer = {name: "rater", sql: `CAST(${c.reviewer} AS VARCHAR)`};
  // the desk number stays a number on the shards (its text is made on the coordinator: numeric to text is not shipped)
  const desk = {
    name: "rater",
    sql: `${dialectSql.keyHash(dialect, c.id)} % ${desks}`,
    merge: (k: string) => `CAST(${k} AS VARCHAR)`
  };
  return `SELECT * FROM (
${group("baseline", `NOT (${since}) AND ${c.decisionSource} = 'human' AND ${c.reviewer} IS NOT NULL`, reviewer, `${c.finalDecision} = ${pos}`)}
UNION ALL
${group("reviewers", `${since} AND ${c.review} AND ${c.reviewer} IS NOT NULL`, reviewer, `${c.reviewDecision} = ${pos}`)}
UNION ALL
${group("desks", `${since} AND ${c.decisionSource} <> 'human' AND NOT ${c.review}`, desk, `${c.finalDecision} = ${pos}`)}
) AS "__groups" ORDER BY 1, 2`;
}
