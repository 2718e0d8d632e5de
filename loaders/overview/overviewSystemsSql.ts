import type {Manifest} from "../ingest/Manifest.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {AsOfBasis} from "../../src/lib/overview/freshnessAsOf.js";
import {dialectSql} from "../engine/dialectSql.js";
import type {Relation} from "../engine/Engine.js";
import {partialAggregateSql} from "../engine/partialAggregateSql.js";
import type {DecisionColumns} from "./decisionColumns.js";

export interface OverviewFacts {
  columns: DecisionColumns;
  /** The decisions relation: a DuckDB table function, or an engine's table (a sharded one is aggregated per shard). */
  decisions: string | Relation;
  manifest: Manifest;
  /** Freshness SLA in hours, or undefined when the contract states none. */
  slaHours: number | undefined;
  /** When freshness is judged (ISO timestamp), and why then (freshnessAsOf). */
  asOf: string;
  basis: AsOfBasis;
}

/**
 * SQL for one row of the Overview's portfolio table: the contract, the ingest's row accounting
 * (read = accepted + quarantined + purged by retention), the decision time span, and data freshness: hours from the last
 * decision to `asOf`, against the contract's latency SLA (`fresh` is null without an SLA).
 */
export function overviewSystemsSql(facts: OverviewFacts): string {
  const {columns, decisions, manifest, slaHours, asOf, basis} = facts;
  if (typeof decisions !== "string" && decisions.partition) return partitionedSql(facts, decisions);
  const from = typeof decisions === "string" ? decisions : decisions.from;
  const dialect = typeof decisions === "string" ? "duckdb" : decisions.engine.dialect;
  const {system, time, decisionSource, review, finalDecision, positive} = columns;
  const freshness = `${dialectSql.unitsBetween(dialect, "second", `max(${time})`, `${sqlLiteral(asOf)}::TIMESTAMP`)} / 3600.0`;
  return `SELECT ${sqlLiteral(system)} AS system,
  ${sqlLiteral(manifest.contract.id)} AS contract_id,
  ${sqlLiteral(manifest.contract.version)} AS contract_version,
  ${rowAccounting(manifest)},
  count(*)::INTEGER AS decisions,
  avg(CASE WHEN ${decisionSource} <> 'human' THEN 1 ELSE 0 END)::DOUBLE PRECISION AS automated_rate,
  avg(CASE WHEN ${review} THEN 1 ELSE 0 END)::DOUBLE PRECISION AS review_rate,
  avg(CASE WHEN ${finalDecision} = ${sqlLiteral(positive)} THEN 1 ELSE 0 END)::DOUBLE PRECISION AS positive_rate,
  ${sqlLiteral(positive)} AS positive_decision,
  min(${time}) AS first_decision,
  max(${time}) AS last_decision,
  ${sqlLiteral(asOf)}::TIMESTAMP AS as_of,
  ${sqlLiteral(basis)} AS as_of_basis,
  ${freshness}::DOUBLE PRECISION AS freshness_hours,
  ${slaHours === undefined ? "NULL" : slaHours}::DOUBLE PRECISION AS sla_hours,
  (${slaHours === undefined ? "NULL" : `${freshness} <= ${slaHours}`})::BOOLEAN AS fresh
FROM ${from}`;
}

/**
 * overviewSystemsSql on a partitioned (sharded) relation: the counts behind the rates and the first and last decision
 * are aggregated per shard and merged, then the same columns are computed from them.
 */
function partitionedSql(facts: OverviewFacts, relation: Relation): string {
  const {system, time, decisionSource, review, finalDecision, positive} = facts.columns;
  const count = (name: string, filter?: string) =>
    ({name, sql: `count(*)${filter ? ` FILTER (WHERE ${filter})` : ""}`, merge: "sum", type: "BIGINT"}) as const;
  const merged = partialAggregateSql({
    relation,
    keys: [],
    measures: [
      count("n"),
      count("automated", `${decisionSource} <> 'human'`),
      count("reviewed", review),
      count("positive", `${finalDecision} = ${sqlLiteral(positive)}`),
      {name: "first_decision", sql: `min(${time})`, merge: "min"},
      {name: "last_decision", sql: `max(${time})`, merge: "max"}
    ]
  });
  const {manifest, slaHours, asOf, basis} = facts;
  const freshness = `${dialectSql.unitsBetween(relation.engine.dialect, "second", "last_decision", `${sqlLiteral(asOf)}::TIMESTAMP`)} / 3600.0`;
  const rate = (n: string) => `CASE WHEN n > 0 THEN CAST(${n} AS DOUBLE PRECISION) / n END`;
  return `SELECT ${sqlLiteral(system)} AS system,
  ${sqlLiteral(manifest.contract.id)} AS contract_id,
  ${sqlLiteral(manifest.contract.version)} AS contract_version,
  ${rowAccounting(manifest)},
  coalesce(n, 0)::INTEGER AS decisions,
  ${rate("automated")} AS automated_rate,
  ${rate("reviewed")} AS review_rate,
  ${rate("positive")} AS positive_rate,
  ${sqlLiteral(positive)} AS positive_decision,
  first_decision,
  last_decision,
  ${sqlLiteral(asOf)}::TIMESTAMP AS as_of,
  ${sqlLiteral(basis)} AS as_of_basis,
  ${freshness}::DOUBLE PRECISION AS freshness_hours,
  ${slaHours === undefined ? "NULL" : slaHours}::DOUBLE PRECISION AS sla_hours,
  (${slaHours === undefined ? "NULL" : `${freshness} <= ${slaHours}`})::BOOLEAN AS fresh
FROM (${merged}) AS "__merged"`;
}

/** The ingest's row accounting as constant columns: read = accepted + quarantined + purged by retention. */
function rowAccounting({rows}: Manifest): string {
  return `${rows.read}::INTEGER AS rows_read,
  ${rows.accepted}::INTEGER AS rows_accepted,
  ${rows.quarantined}::INTEGER AS rows_quarantined,
  ${rows.purged ?? 0}::INTEGER AS rows_purged`;
}
