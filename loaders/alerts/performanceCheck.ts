import type {PerformanceRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {resolveWindow} from "../../src/lib/alerts/resolveWindow.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {rocAuc} from "../../src/lib/fairness/rocAuc.js";
import {expectedRocAuc} from "../../src/lib/shadow/expectedRocAuc.js";
import {isotonicCalibration} from "../../src/lib/shadow/isotonicCalibration.js";
import {InputError} from "../cli/errors.js";
import {sqlLiteral} from "../db/sqlLiteral.js";
import {fairnessRelation} from "../derived/fairnessRelation.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Model performance drop: ROC AUC of the production score for the adverse outcome (the contract's outcome label,
 * e.g. defaulted) in the reference window (realised, outcomes that have arrived) against the current window,
 * either realised (outcomes that have arrived; rocAuc) or estimated without outcomes by CBPE (NannyML): scores
 * calibrated on the reference window by isotonic regression (isotonicCalibration), expected AUC from the
 * calibrated probabilities (expectedRocAuc). Rows come from the PII-free fairness rows (the derived fairness-rows
 * table: score, label).
 * The value is the drop, reference AUC − current AUC; fails when above the threshold.
 *
 * @throws {InputError} for an unknown system, or a window without the scored (and, where needed, labelled) rows
 */
export async function performanceCheck(ctx: CheckContext, rule: PerformanceRule): Promise<CheckResult> {
  const facts = await systemFacts(ctx, rule.system);
  if (facts.latest === null) throw new InputError("no decisions", {file: facts.system.paths.decisions});
  const system = await fairnessRelation(ctx.db, facts.system, ctx);
  const rows = async (w: {from: string; to: string}) => {
    const [r] = await ctx.db.all<{score: number[]; adverse: (boolean | null)[]}>(
      `SELECT coalesce(list(score ORDER BY decided_at), []) AS score, coalesce(list(NOT label_pos ORDER BY decided_at), []) AS adverse
      FROM ${system.relation} WHERE score IS NOT NULL
        AND decided_at >= ${sqlLiteral(w.from)}::TIMESTAMP AND decided_at < ${sqlLiteral(w.to)}::TIMESTAMP`
    );
    return r;
  };
  const referenceWindow = resolveWindow(rule.reference, facts.latest);
  const currentWindow = resolveWindow(rule.current, facts.latest);
  const reference = await rows(referenceWindow);
  const referenceAuc = rocAuc(reference.score, reference.adverse);
  if (referenceAuc === null)
    throw new InputError(
      `no scored rows with both outcomes in the reference window ${referenceWindow.from}..${referenceWindow.to}`
    );
  const current = await rows(currentWindow);
  let currentAuc: number | null;
  if (rule.estimate === "realised") currentAuc = rocAuc(current.score, current.adverse);
  else {
    const calibration = isotonicCalibration(reference.score, reference.adverse);
    currentAuc = expectedRocAuc(
      current.score,
      current.score.map((s) => calibration.apply(s))
    );
  }
  if (currentAuc === null)
    throw new InputError(
      `no ${rule.estimate === "realised" ? "labelled " : ""}scored rows in the current window ${currentWindow.from}..${currentWindow.to}${rule.estimate === "realised" ? " (outcomes arrive 30-90 days later: try estimate: estimated)" : ""}`
    );
  const drop = referenceAuc - currentAuc;
  const result = thresholdCheck(rule.name, "ROC AUC drop", drop, rule.threshold, "above", (n) => n.toFixed(4));
  return {
    ...result,
    value: Number(drop.toFixed(6)),
    message: `${result.message}: ${rule.estimate} AUC ${currentAuc.toFixed(4)} in ${currentWindow.from}..${currentWindow.to} vs ${referenceAuc.toFixed(4)} in ${referenceWindow.from}..${referenceWindow.to}`
  };
}
