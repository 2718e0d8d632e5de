import type {Contract, SchemaObject} from "../contract/Contract.js";
import {contractError} from "../contract/contractError.js";

/** How long row-level records of one object are kept. */
export interface RetentionPolicy {
  /** Rows whose `column` is more than `days` days before the as-of time are purged. */
  days: number;
  /** The time column the policy is measured on (`element` of the SLA entry). */
  column: string;
}

const DAYS_PER_UNIT: Record<string, number> = {d: 1, day: 1, days: 1, w: 7, week: 7, weeks: 7};

/**
 * The retention policy of a contract object, from the contract's `slaProperties` entry `retention` (ODCS v3):
 * `{property: retention, value: 365, unit: d, element: decisions.decided_at}` keeps 365 days of `decisions`,
 * measured on `decided_at`. Units: `d`/`day`/`days` and `w`/`week`/`weeks` (months and years are not fixed
 * lengths: write days). Undefined when the contract has no retention entry for this object.
 *
 * @throws {InputError} `<file>: slaProperties[i].<key>: ...` for a value that is not a positive number, an
 *   unknown unit, a missing element, or an element that is not a timestamp or date column
 * @example retentionPolicy(contract, decisions) // => {days: 365, column: "decided_at"}
 */
export function retentionPolicy(contract: Contract, object: SchemaObject): RetentionPolicy | undefined {
  const i = contract.slaProperties.findIndex((s) => s.property === "retention" && s.element?.object === object.name);
  const unscoped = contract.slaProperties.findIndex((s) => s.property === "retention" && s.element === undefined);
  if (unscoped >= 0)
    throw contractError(contract.file, `slaProperties[${unscoped}].element`, "missing (object.column)");
  if (i < 0) return undefined;
  const sla = contract.slaProperties[i];
  const fail = (key: string, message: string) => contractError(contract.file, `slaProperties[${i}].${key}`, message);
  if (typeof sla.value !== "number" || !(sla.value > 0))
    throw fail("value", `not a positive number: ${JSON.stringify(sla.value)}`);
  const unit = sla.unit ?? "d";
  const perUnit = DAYS_PER_UNIT[unit];
  if (perUnit === undefined) throw fail("unit", `unknown unit ${JSON.stringify(unit)} (d or w)`);
  const column = object.properties.find((p) => p.name === sla.element!.column)!;
  if (column.logicalType !== "timestamp" && column.logicalType !== "date")
    throw fail("element", `not a timestamp or date column: ${object.name}.${column.name}`);
  return {days: sla.value * perUnit, column: column.name};
}
