import type {AlertRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckReport, CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {checkReport} from "../../src/lib/alerts/checkReport.js";
import type {CheckContext} from "./CheckContext.js";
import {columnDriftCheck} from "./columnDriftCheck.js";
import {driftCheck} from "./driftCheck.js";
import {fairnessCheck} from "./fairnessCheck.js";
import {freshnessCheck} from "./freshnessCheck.js";
import {performanceCheck} from "./performanceCheck.js";
import {quarantineCheck} from "./quarantineCheck.js";
import {spcCheck} from "./spcCheck.js";

/**
 * Evaluates alert rules in order. A rule that cannot be evaluated (unknown system, empty window, a DuckDB error)
 * becomes an `error` result carrying the first line of the error, so one broken rule never hides the others.
 *
 * @example const report = await runChecks({db, log, dir: workDir(), now: new Date()}, rules);
 */
export async function runChecks(ctx: CheckContext, rules: readonly AlertRule[]): Promise<CheckReport> {
  const results: CheckResult[] = [];
  for (const rule of rules) {
    const started = Date.now();
    try {
      results.push(await evaluate(ctx, rule));
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      results.push({name: rule.name, status: "error", value: null, threshold: null, message});
    }
    const last = results[results.length - 1];
    ctx.log(`check ${rule.name}: ${last.status} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return checkReport(results);
}

function evaluate(ctx: CheckContext, rule: AlertRule): Promise<CheckResult> {
  switch (rule.type) {
    case "drift":
      return driftCheck(ctx, rule);
    case "column_drift":
      return columnDriftCheck(ctx, rule);
    case "spc":
      return spcCheck(ctx, rule);
    case "freshness":
      return freshnessCheck(ctx, rule);
    case "fairness":
      return fairnessCheck(ctx, rule);
    case "performance":
      return performanceCheck(ctx, rule);
    case "quarantine_rate":
      return quarantineCheck(ctx, rule);
  }
}
