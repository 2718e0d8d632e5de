import type {Manifest} from "../ingest/Manifest.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {AsOfBasis} from "../../src/lib/overview/freshnessAsOf.js";
import type {DecisionColumns} from "./decisionColumns.js";

export interface OverviewFacts {
  columns: DecisionColumns;
  /** The decisions relation. */
  decisions: string;
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
export function overviewSystemsSql({columns, decisions, manifest, slaHours, asOf, basis}: OverviewFacts): string {
  const {system, time, decisionSource, review, finalDecision, positive} = columns;
  const freshness = `date_diff('second', max(${time}), ${sqlLiteral(asOf)}::TIMESTAMP) / 3600.0`;
  return `SELECT ${sqlLiteral(system)} AS system,
  ${sqlLiteral(manifest.contract.id)} AS contract_id,
  ${sqlLiteral(manifest.contract.version)} AS contract_version,
  ${manifest.rows.read}::INTEGER AS rows_read,
  ${manifest.rows.accepted}::INTEGER AS rows_accepted,
  ${manifest.rows.quarantined}::INTEGER AS rows_quarantined,
  ${manifest.rows.purged ?? 0}::INTEGER AS rows_purged,
  count(*)::INTEGER AS decisions,
  avg(CASE WHEN ${decisionSource} <> 'human' THEN 1 ELSE 0 END)::DOUBLE AS automated_rate,
  avg(CASE WHEN ${review} THEN 1 ELSE 0 END)::DOUBLE AS review_rate,
  avg(CASE WHEN ${finalDecision} = ${sqlLiteral(positive)} THEN 1 ELSE 0 END)::DOUBLE AS positive_rate,
  ${sqlLiteral(positive)} AS positive_decision,
  min(${time}) AS first_decision,
  max(${time}) AS last_decision,
  ${sqlLiteral(asOf)}::TIMESTAMP AS as_of,
  ${sqlLiteral(basis)} AS as_of_basis,
  ${freshness}::DOUBLE AS freshness_hours,
  ${slaHours === undefined ? "NULL" : slaHours}::DOUBLE AS sla_hours,
  (${slaHours === undefined ? "NULL" : `${freshness} <= ${slaHours}`})::BOOLEAN AS fresh
FROM ${decisions}`;
}
