import * as aq from "arquero";
import {formatValue} from "../format/formatValue.js";

/** The columns of the Decision audit's list of matching decisions. */
export const AUDIT_MATCH_COLUMNS = [
  "decision_id",
  "decided_at",
  "decision_source",
  "decision",
  "final_decision",
  "overridden"
];

/**
 * The Decision audit's list of matching decisions: the listed columns only, the time as UTC text and the
 * override as yes/no (arquero, on at most a few hundred rows). Each row keeps the full decision under `row`, so
 * a picked list row gives back the record to audit.
 * @example auditMatches(rows)[0] // => {decision_id: "CL-00000031", decided_at: "2026-01-31 00:04:12 UTC", ..., row: {...}}
 */
export function auditMatches(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  if (rows.length === 0) return [];
  const table = aq
    .from(rows.map((row, index) => ({...row, index})))
    .select([...AUDIT_MATCH_COLUMNS.filter((c) => c in rows[0]), "index"])
    .derive({
      decided_at: aq.escape((d: {decided_at: unknown}) => formatValue("decided_at", d.decided_at)),
      overridden: aq.escape((d: {overridden: unknown}) => (d.overridden === true ? "yes" : ""))
    });
  return table.objects().map((o) => {
    const {index, ...shown} = o as Record<string, unknown>;
    return {...shown, row: rows[index as number]};
  });
}
