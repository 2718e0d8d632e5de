import type {WindowSpec} from "../../src/lib/alerts/AlertRule.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {InputError} from "../cli/errors.js";
import {driftInput, type DriftInput} from "../drift/driftInput.js";
import {defaultReference} from "../system/defaultReference.js";
import type {TimeWindow} from "../system/parseWindow.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * What a column_drift rule compares: the system's drift input (driftInput), its current window resolved against the
 * newest decision, and its reference (the rule's, else the drift command's default: the first 4 weeks of model
 * scores, defaultReference).
 *
 * @throws {InputError} for an unknown system, no decisions, or no timed row to take a reference from
 */
export async function driftRuleInput(
  ctx: CheckContext,
  rule: {system: string; current: WindowSpec; reference?: WindowSpec}
): Promise<{input: DriftInput; reference: TimeWindow; current: TimeWindow}> {
  const {system, latest} = await systemFacts(ctx, rule.system);
  if (latest === null) throw new InputError("no decisions", {file: system.paths.decisions});
  const input = driftInput(system);
  const reference = rule.reference
    ? resolveWindow(rule.reference, latest)
    : await defaultReference(ctx.db, input.relation, input.time, input.score);
  if (!reference) throw new InputError("no timed rows to take a reference from", {file: input.file});
  return {input, reference, current: resolveWindow(rule.current, latest)};
}
