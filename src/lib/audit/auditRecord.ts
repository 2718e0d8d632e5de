import {formatValue} from "../format/formatValue.js";
import {auditFields} from "./auditFields.js";

/** A field of the audited decision, ready to show: its name and its value as text. */
export interface AuditField {
  field: string;
  text: string;
}

/** The audited decision in sections, every value formatted (`formatValue`: times in UTC, never epoch numbers). */
export interface AuditRecord {
  decision: AuditField[];
  review: AuditField[];
  /** Fields starting `outcome_`; empty when no outcome object was ingested. */
  outcome: AuditField[];
  /** Every other column: the decision's inputs. */
  inputs: AuditField[];
  shadow: AuditField[];
  /** "decisions-2026-01.csv, row 2". */
  lineage: string;
}

/**
 * One decision row of the audit table (a plain object) split into the sections the Decision audit shows, with
 * its values formatted for people. An outcome that has not arrived reads "not observed yet".
 * @example auditRecord({decision_id: "CL-1", decided_at: 1775743196722, income: 17900}).decision[1].text
 * // => "2026-04-09 13:59:56 UTC"
 */
export function auditRecord(row: Readonly<Record<string, unknown>>): AuditRecord {
  const pick = (fields: readonly string[]) =>
    fields.filter((f) => f in row).map((field) => ({field, text: formatValue(field, row[field])}));
  const grouped = new Set<string>([
    ...auditFields.decision,
    ...auditFields.review,
    ...auditFields.shadow,
    ...auditFields.lineage
  ]);
  const outcome = Object.keys(row).filter((k) => k.startsWith("outcome_"));
  return {
    decision: pick(auditFields.decision),
    review: pick(auditFields.review),
    outcome: outcome.map((field) => ({
      field,
      text: row[field] === null || row[field] === undefined ? "not observed yet" : formatValue(field, row[field])
    })),
    inputs: pick(Object.keys(row).filter((k) => !grouped.has(k) && !k.startsWith("outcome_"))),
    shadow: pick(auditFields.shadow),
    lineage: `${formatValue("_source_file", row._source_file)}, row ${formatValue("_row", row._row)}`
  };
}
