import type {FreshnessRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {InputError} from "../cli/errors.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Data freshness: hours from the newest decision to the as-of time (`now`, or the rule's ISO time), against the
 * rule's threshold in hours or, by default, the contract's freshness SLA (the system's slaHours: `slaProperties`
 * latency).
 * Fails when above.
 *
 * @throws {InputError} for an unknown system, no decisions, or no threshold and no SLA in the contract
 */
export async function freshnessCheck(ctx: CheckContext, rule: FreshnessRule): Promise<CheckResult> {
  const facts = await systemFacts(ctx, rule.system);
  const {system} = facts;
  const threshold = rule.threshold ?? system.roles.slaHours;
  if (threshold === undefined)
    throw new InputError("no threshold and no latency SLA in the contract", {file: system.contract.file});
  if (facts.latest === null)
    throw new InputError("no decision to measure freshness from", {file: system.paths.decisions});
  const asOf = rule.asOf === "now" ? ctx.now.getTime() : Date.parse(rule.asOf);
  const hours = (asOf - Date.parse(facts.latest)) / 3_600_000;
  const result = thresholdCheck(rule.name, "hours since the newest decision", hours, threshold, "above", (n) =>
    n.toFixed(1)
  );
  return {...result, value: Number(hours.toFixed(3)), message: `${result.message} (newest ${facts.latest})`};
}
