import type {Contract} from "../contract/Contract.js";

const HOURS: Record<string, number> = {
  m: 1 / 60,
  min: 1 / 60,
  h: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168
};

/**
 * The freshness SLA of a contract in hours: its `slaProperties` entry `latency` (ODCS v3: the maximum
 * delay between an event and its availability) with `unit` m, h, d or w (default d). Undefined when
 * the contract states none.
 *
 * @throws {Error} `unknown SLA unit: <unit>` or `invalid SLA latency: <value>`
 * @example slaHours(contract) // => 24 for {property: latency, value: 1, unit: d}
 */
export function slaHours(contract: Contract): number | undefined {
  const sla = contract.slaProperties.find((s) => s.property === "latency");
  if (!sla) return undefined;
  const unit = sla.unit ?? "d";
  if (!(unit in HOURS)) throw new Error(`unknown SLA unit: ${unit}`);
  const value = Number(sla.value);
  if (!(value >= 0)) throw new Error(`invalid SLA latency: ${String(sla.value)}`);
  return value * HOURS[unit];
}
