import {sqlLiteral} from "../db/sqlLiteral.js";
import type {DecisionColumns} from "./decisionColumns.js";

/**
 * SQL for one system's weekly decision mix: decisions per ISO week (Monday, UTC) and final decision,
 * with the decision source, ordered so the Parquet is byte-identical on re-run.
 */
export function overviewMixSql(columns: DecisionColumns, decisions: string): string {
  const {system, time, decisionSource, finalDecision} = columns;
  return `SELECT ${sqlLiteral(system)} AS system,
  CAST(date_trunc('week', ${time}) AS DATE) AS week,
  ${finalDecision}::VARCHAR AS final_decision,
  ${decisionSource}::VARCHAR AS decision_source,
  count(*)::INTEGER AS decisions
FROM ${decisions}
GROUP BY ALL
ORDER BY week, final_decision, decision_source`;
}
