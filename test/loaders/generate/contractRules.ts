import {readFileSync} from "node:fs";
import {parse} from "yaml";

interface Property {
  name: string;
  logicalType: string;
  physicalType: string;
  required?: boolean;
  unique?: boolean;
  logicalTypeOptions?: {minimum?: number; maximum?: number; pattern?: string};
  quality?: {metric?: string; arguments?: {validValues?: string[]}}[];
}

interface ContractObject {
  name: string;
  properties: Property[];
  quality?: {name: string; type: string; implementation: string}[];
}

export interface Contract {
  id: string;
  customProperties: {property: string; value: string}[];
  schema: ContractObject[];
}

/** The contract YAML as parsed by the `yaml` package. */
export function readContract(path: string): Contract {
  return parse(readFileSync(path, "utf8")) as Contract;
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
type Record_ = Readonly<Record<string, string | null>>;

// The schema-level rules of both contracts (SQL in the YAML), translated by hand for string-valued rows.
const RULES: Record<string, (r: Record_) => boolean> = {
  review_fields_consistent: (r) =>
    r.routed_to_review !== "true" || (r.reviewer_id !== null && r.review_decision !== null),
  final_decision_consistent: (r) =>
    r.final_decision === (r.routed_to_review === "true" ? r.review_decision : r.decision),
  model_decision_has_score: (r) =>
    r.decision_source !== "model" || (r.score !== null && r.threshold !== null && r.model_version !== null)
};

/**
 * Row checks of one contract object, following the conventions in the contract header: required, type
 * (TRY_CAST), minimum/maximum, pattern, validValues and the schema-level custom rules. Returns the violations
 * of a string-valued row as `reason:field` (`rule:<name>` for custom rules). Uniqueness is left to the caller.
 *
 * @throws {Error} on a custom rule this translation does not know
 */
export function rowChecker(contract: Contract, object: string): (row: Record_) => string[] {
  const o = contract.schema.find((s) => s.name === object);
  if (!o) throw new Error(`unknown object: ${object}`);
  for (const q of o.quality ?? []) if (!RULES[q.name]) throw new Error(`unknown rule: ${q.name}`);
  return (row) => {
    const out: string[] = [];
    for (const p of o.properties) {
      const v = row[p.name] ?? null;
      if (v === null) {
        if (p.required) out.push(`required:${p.name}`);
        continue;
      }
      const n = Number(v);
      const typeOk =
        p.logicalType === "integer"
          ? /^-?\d+$/.test(v)
          : p.logicalType === "number"
            ? v.trim() !== "" && Number.isFinite(n)
            : p.logicalType === "boolean"
              ? v === "true" || v === "false"
              : p.logicalType === "timestamp"
                ? ISO_MS.test(v) && !Number.isNaN(Date.parse(v))
                : true;
      if (!typeOk) {
        out.push(`type:${p.name}`);
        continue;
      }
      const {minimum, maximum, pattern} = p.logicalTypeOptions ?? {};
      if ((minimum !== undefined && n < minimum) || (maximum !== undefined && n > maximum)) out.push(`range:${p.name}`);
      if (pattern !== undefined && !new RegExp(pattern).test(v)) out.push(`pattern:${p.name}`);
      const valid = p.quality?.find((q) => q.metric === "invalidValues")?.arguments?.validValues;
      if (valid && !valid.map(String).includes(v)) out.push(`enum:${p.name}`);
    }
    for (const q of o.quality ?? []) if (!RULES[q.name](row)) out.push(`rule:${q.name}`);
    return out;
  };
}
