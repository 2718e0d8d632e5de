import type {DriftRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {InputError} from "../cli/errors.js";
import {defaultReference} from "../drift/defaultReference.js";
import {driftReport} from "../drift/driftReport.js";
import {systemDriftInput} from "../drift/systemDriftInput.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Dataset drift of the rule's current window against its reference window (default: the drift command's
 * default, the first 4 weeks of model scores), by the drift loaders (systemDriftInput, driftReport: every feature
 * the contract tags, the automatic test, the model score reported but not counted). The value is the share of
 * drifted features; fails when it is at or above the threshold (driftReport's dataset drift with share = threshold).
 *
 * @throws {InputError} for an unknown system or an empty window
 */
export async function driftCheck(ctx: CheckContext, rule: DriftRule): Promise<CheckResult> {
  const {db, log} = ctx;
  const facts = await systemFacts(ctx, rule.system);
  if (facts.latest === null) throw new InputError("no decisions", {file: facts.dir.decisions});
  const input = await systemDriftInput(facts.dir);
  const reference = rule.reference
    ? resolveWindow(rule.reference, facts.latest)
    : await defaultReference(db, input.relation, input.time, input.score);
  if (!reference) throw new InputError("no timed rows to take a reference from", {file: input.file});
  const current = resolveWindow(rule.current, facts.latest);
  const report = await driftReport(
    {db, log},
    {...input, reference, current, share: rule.threshold, prediction: input.score}
  );
  const {share, count, total} = report.dataset_drift;
  const drifted = report.features.filter((f) => f.drifted && f.name !== input.score).map((f) => f.name);
  const result = thresholdCheck(rule.name, "share of drifted features", share, rule.threshold, "at or above");
  return {
    ...result,
    status: report.dataset_drift.drifted ? "fail" : "pass",
    message: `${count} of ${total} features drifted in ${current.from}..${current.to} vs ${reference.from}..${reference.to}${drifted.length ? ` (${drifted.join(", ")})` : ""}: ${result.message}`
  };
}
