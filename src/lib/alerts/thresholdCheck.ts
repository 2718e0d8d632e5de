import type {CheckResult} from "./CheckResult.js";

/** When a value breaches its threshold. */
export type Breach = "above" | "at or above" | "below";

/**
 * A check result from a measured value and its threshold: `fail` when the value is `above` (>), `at or above`
 * (≥) or `below` (<) the threshold, else `pass`. The message is `<what> <value> <relation> <threshold>`, e.g.
 * `quarantine rate 0.012 above 0.01`.
 *
 * @throws {Error} `invalid value: <v>` / `invalid threshold: <t>` for a non-finite number
 * @example thresholdCheck("q", "quarantine rate", 0.012, 0.01, "above").status // => "fail"
 */
export function thresholdCheck(
  name: string,
  what: string,
  value: number,
  threshold: number,
  breach: Breach,
  format: (n: number) => string = (n) => String(Number(n.toPrecision(4)))
): CheckResult {
  if (!Number.isFinite(value)) throw new Error(`invalid value: ${value}`);
  if (!Number.isFinite(threshold)) throw new Error(`invalid threshold: ${threshold}`);
  const failed = breach === "above" ? value > threshold : breach === "below" ? value < threshold : value >= threshold;
  const relation = failed ? breach : {above: "at or below", "at or above": "below", below: "at or above"}[breach];
  return {
    name,
    status: failed ? "fail" : "pass",
    value,
    threshold,
    message: `${what} ${format(value)} ${relation} ${format(threshold)}`
  };
}
