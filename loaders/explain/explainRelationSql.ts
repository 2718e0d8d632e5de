import {sqlIdentifier} from "../db/sqlIdentifier.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {ExplainSystem} from "./explainSystem.js";

/**
 * The relation explain counts over: every decision with its time as `__t` (TIMESTAMP, UTC) and, when the system
 * has separate outcomes, the outcome label left-joined on the primary key (null until the outcome arrives), so that
 * decision and outcome rates read the same rows.
 *
 * @example `SELECT count(*) FROM (${explainRelationSql(system)})`
 */
export function explainRelationSql(system: ExplainSystem): string {
  const decisions = `read_parquet(${sqlLiteral(system.decisions)})`;
  const t = `CAST(${sqlIdentifier(system.time)} AS TIMESTAMP) AS __t`;
  if (!system.outcomes || !system.label) return `SELECT ${t}, * FROM ${decisions}`;
  const key = sqlIdentifier(system.key);
  return `SELECT ${t}, * FROM ${decisions} LEFT JOIN (SELECT ${key}, ${sqlIdentifier(system.label)} FROM read_parquet(${sqlLiteral(system.outcomes)})) USING (${key})`;
}
