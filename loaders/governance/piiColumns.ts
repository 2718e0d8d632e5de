import type {Contract, SchemaObject} from "../contract/Contract.js";
import {contractError} from "../contract/contractError.js";
import {isMapping} from "../contract/isMapping.js";

/** What ingest does with a personal-data column before any Parquet is written. */
export type PiiTreatment = "tokenise" | "drop";

export interface PiiColumn {
  name: string;
  treatment: PiiTreatment;
}

const TREATMENTS: readonly PiiTreatment[] = ["tokenise", "drop"];

/**
 * The personal-data columns of a contract object and their treatment. A column is personal data when its
 * `classification` is `pii` or it carries the tag `pii`. Its treatment comes from the contract-level custom
 * property `piiTreatment`, a mapping from column name to `tokenise` (keyed HMAC-SHA256 token, see piiTokenSql)
 * or `drop` (the column is left out of the output); a column it does not name is tokenised.
 *
 * ```yaml
 * customProperties:
 *   - property: piiTreatment
 *     value: {applicant_name: drop, applicant_email: tokenise}
 * ```
 *
 * @throws {InputError} `<file>: customProperties.piiTreatment.<column>: ...` for an unknown treatment or a
 *   column that is not personal data in any object of the contract
 * @example piiColumns(contract, decisions) // => [{name: "applicant_name", treatment: "drop"}, ...]
 */
export function piiColumns(contract: Contract, object: SchemaObject): PiiColumn[] {
  const raw = contract.customProperties.piiTreatment;
  const at = "customProperties.piiTreatment";
  if (raw !== undefined && !isMapping(raw))
    throw contractError(contract.file, at, "not a mapping of column to treatment");
  const treatments = (raw ?? {}) as Record<string, unknown>;
  const personal = (o: SchemaObject) =>
    o.properties.filter((p) => p.classification === "pii" || p.tags.includes("pii")).map((p) => p.name);
  const everywhere = new Set(contract.schema.flatMap(personal));
  for (const [column, treatment] of Object.entries(treatments)) {
    if (!everywhere.has(column))
      throw contractError(contract.file, `${at}.${column}`, "not a pii column (classification pii or tag pii)");
    if (!TREATMENTS.includes(treatment as PiiTreatment))
      throw contractError(
        contract.file,
        `${at}.${column}`,
        `unknown treatment ${JSON.stringify(treatment)} (tokenise or drop)`
      );
  }
  return personal(object).map((name) => ({
    name,
    treatment: (treatments[name] as PiiTreatment | undefined) ?? "tokenise"
  }));
}
