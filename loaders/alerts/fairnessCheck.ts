import type {FairnessRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {RATE_NAMES, type RateName} from "../../src/lib/fairness/rateFractions.js";
import {InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import type {FairnessSpec} from "../fairness/FairnessSpec.js";
import {runFairness} from "../fairness/runFairness.js";
import {fairnessRelation} from "../derived/fairnessRelation.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Group fairness of a system's decisions (its PII-free fairness rows, the derived fairness-rows table; runFairness with
 * the contract's conventions — favourable decision, final or model — over the rule's groups and window), with the
 * largest group as reference and the band [τ, 1/τ], τ = threshold. The value is the worst disparity folded into
 * (0, 1], min(d, 1/d) over the checked rates and groups; fails when a group is outside the band.
 *
 * @throws {InputError} for an unknown system, rate or group column
 */
export async function fairnessCheck(ctx: CheckContext, rule: FairnessRule): Promise<CheckResult> {
  const {db, log} = ctx;
  const facts = await systemFacts(ctx, rule.system);
  const rates = rule.rates.map((r) => {
    if (!(RATE_NAMES as readonly string[]).includes(r))
      throw new InputError(`unknown rate ${JSON.stringify(r)} (${RATE_NAMES.join(", ")})`);
    return r as RateName;
  });
  const system = await fairnessRelation(db, facts.system, ctx);
  const missing = rule.group.find((g) => !system.columns.has(g));
  if (missing) throw new InputError(`not a protected column: ${missing} (${system.convention.protected.join(", ")})`);
  const window = rule.window && facts.latest ? resolveWindow(rule.window, facts.latest) : undefined;
  const spec: FairnessSpec = {
    label: "label_pos",
    positive: "true",
    prediction: {kind: "decision", column: rule.decision === "final" ? "final_pos" : "model_pos", positive: "true"},
    group: rule.group,
    ...(window && {
      where: `decided_at >= ${sqlLiteral(window.from)}::TIMESTAMP AND decided_at < ${sqlLiteral(window.to)}::TIMESTAMP`
    })
  };
  const result = await runFairness({db, log}, system.relation, system.columns, spec, {
    tau: rule.threshold,
    checkRates: rates,
    bootstrap: false
  });
  // nothing to check is not a pass
  if (result.groups.every((g) => g.n === 0))
    throw noRows(window ? `${window.from}..${window.to}` : `${rule.system} decisions`);
  let worst: {value: number; group: string; rate: RateName} | undefined;
  for (const g of result.groups)
    for (const rate of rates) {
      const d = g.disparity[rate];
      if (d === null || d === undefined || !(d > 0)) continue;
      const folded = Math.min(d, 1 / d);
      if (!worst || folded < worst.value) worst = {value: folded, group: g.group, rate};
    }
  if (!worst) throw new InputError("no group with a defined disparity");
  const check = thresholdCheck(
    rule.name,
    `worst disparity (${worst.group}, ${worst.rate})`,
    worst.value,
    rule.threshold,
    "below"
  );
  const where = window ? ` in ${window.from}..${window.to}` : "";
  return {
    ...check,
    status: result.failing.length > 0 ? "fail" : "pass",
    value: Number(worst.value.toFixed(4)),
    message: `${check.message} vs ${result.reference}${where}${result.failing.length ? `; outside the band: ${result.failing.map((f) => `${f.group} ${f.rate} ${f.disparity.toFixed(3)}`).join(", ")}` : ""}`
  };
}
