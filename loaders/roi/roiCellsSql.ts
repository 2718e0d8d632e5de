import {sqlLiteral} from "../db/sqlLiteral.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {SystemRelations} from "../system/System.js";
import type {RoiColumns} from "./roiColumns.js";
import type {DayRange} from "./roiDayRanges.js";

/**
 * SQL for the ROI report's only input from the decision log: one row per UTC day × final decision ×
 * observed outcome (RoiCell, src/lib/roi/roiCell.ts) with decisions, Σ amount, automated decisions
 * (decision source other than `human`), reviewed decisions (manual, or routed to review), and Σ handling
 * seconds. An outcome counts only if observed by the last decision time in the log ("as of" the data), so
 * the report never uses an outcome from its own future. Without an outcomes relation every outcome is null.
 * Ordered, so results are stable; the two sums of doubles add in ascending order (`sum(... ORDER BY ...)`), so
 * they are the same double on every run whatever order DuckDB's threads scan the rows in. `days` keeps the cells of
 * those days only (a run of days, or the decisions without a day): a cell is one day's, so the cells of consecutive
 * runs of days, put together, are the cells of the whole log, each the same double (roiDayRanges: how refresh bounds
 * the memory of the ordered sums with it). DuckDB only.
 */
export function roiCellsSql(
  c: RoiColumns,
  relations: Pick<SystemRelations, "decisions" | "outcomes" | "labelled">,
  engine?: {partition?: string; lastDecision: string},
  days?: DayRange
): string {
  if (engine) return engineSql(c, relations, engine);
  const day = `CAST(${c.time} AS DATE)`;
  const within =
    days === undefined
      ? ""
      : days === null
        ? `\n  WHERE ${day} IS NULL`
        : `\n  WHERE ${day} BETWEEN DATE ${sqlLiteral(days.from)} AND DATE ${sqlLiteral(days.to)}`;
  const decisions = relations.decisions;
  const outcomes = relations.outcomes
    ? `SELECT ${c.outcomeId} AS id, ${c.label} AS outcome FROM ${relations.outcomes}
    WHERE ${c.outcomeTime} <= (SELECT max(${c.time}) FROM ${decisions})`
    : `SELECT NULL::VARCHAR AS id, NULL::BOOLEAN AS outcome WHERE false`;
  return `WITH o AS (
  ${outcomes}
), d AS (
  SELECT ${c.id} AS id, ${day} AS day, ${c.finalDecision} AS decision, ${c.amount}::DOUBLE AS amount,
    ${c.decisionSource} <> 'human' AS automated,
    ${c.decisionSource} = 'human' OR ${c.review} AS reviewed,
    coalesce(${c.handlingTime}, 0)::DOUBLE AS handling
  FROM ${decisions}${within}
)
SELECT strftime(d.day, '%Y-%m-%d') AS day, d.decision, o.outcome,
  count(*)::INTEGER AS decisions,
  coalesce(sum(d.amount ORDER BY d.amount), 0)::DOUBLE AS amount,
  count(*) FILTER (WHERE d.automated)::INTEGER AS automated,
  count(*) FILTER (WHERE d.reviewed)::INTEGER AS reviewed,
  coalesce(sum(d.handling ORDER BY d.handling) FILTER (WHERE d.reviewed), 0)::DOUBLE AS "handlingSeconds"
FROM d LEFT JOIN o ON o.id = d.id
GROUP BY ALL
ORDER BY day, decision, outcome NULLS LAST`;
}

/**
 * roiCellsSql on another engine: the decisions with their outcomes are System.relations.labelled (a view on each
 * shard of a sharded engine), an outcome counting when observed by `lastDecision` (the log's last decision, found
 * first, as text with its microseconds); the cells are counted and summed per shard (partialAggregateSql) and merged.
 */
function engineSql(
  c: RoiColumns,
  relations: Pick<SystemRelations, "decisions" | "outcomes" | "labelled">,
  {partition, lastDecision}: {partition?: string; lastDecision: string}
): string {
  const labelled = relations.outcomes ? relations.labelled : undefined;
  if (relations.outcomes && !labelled) throw new Error("roiCellsSql: an engine's system needs its labelled relation");
  const outcome = labelled
    ? `CASE WHEN ${c.outcomeTime} <= CAST(${sqlLiteral(lastDecision)} AS TIMESTAMP) THEN ${c.label} END`
    : "CAST(NULL AS BOOLEAN)";
  const reviewed = `(${c.decisionSource} = 'human' OR ${c.review})`;
  const cells = partialAggregateSql({
    relation: {from: labelled ?? relations.decisions, ...(partition ? {partition} : {})},
    keys: [
      {name: "day", sql: `CAST(${c.time} AS DATE)`},
      {name: "decision", sql: c.finalDecision},
      {name: "outcome", sql: outcome}
    ],
    measures: [
      {name: "decisions", sql: "count(*)", merge: "sum", type: "BIGINT"},
      {name: "amount", sql: `sum(CAST(${c.amount} AS DOUBLE PRECISION))`, merge: "sum", type: "DOUBLE PRECISION"},
      {name: "automated", sql: `count(*) FILTER (WHERE ${c.decisionSource} <> 'human')`, merge: "sum", type: "BIGINT"},
      {name: "reviewed", sql: `count(*) FILTER (WHERE ${reviewed})`, merge: "sum", type: "BIGINT"},
      {
        name: "handling",
        sql: `sum(CAST(${c.handlingTime} AS DOUBLE PRECISION)) FILTER (WHERE ${reviewed})`,
        merge: "sum",
        type: "DOUBLE PRECISION"
      }
    ]
  });
  return `SELECT CAST(day AS VARCHAR) AS day, decision, outcome, CAST(decisions AS INTEGER) AS decisions,
  CAST(coalesce(amount, 0) AS DOUBLE PRECISION) AS amount, CAST(automated AS INTEGER) AS automated,
  CAST(reviewed AS INTEGER) AS reviewed, CAST(coalesce(handling, 0) AS DOUBLE PRECISION) AS "handlingSeconds"
FROM (${cells}) AS "__cells"
ORDER BY day, decision, outcome NULLS LAST`;
}
