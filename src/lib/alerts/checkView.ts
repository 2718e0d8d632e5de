import {formatCount} from "../format/formatCount.js";
import {formatHours} from "../format/formatHours.js";
import {formatPercent} from "../format/formatPercent.js";
import {formatSigned} from "../format/formatSigned.js";
import {formatStatistic} from "../format/formatStatistic.js";
import {driftTests} from "../drift/driftTests.js";
import type {AlertRule} from "./AlertRule.js";
import type {CheckResult} from "./CheckResult.js";

/** One check as the Alerts page shows it: its verdict, value and threshold in the rule type's unit, and where the value fails. */
export interface CheckRow {
  status: "PASS" | "FAIL" | "ERROR";
  name: string;
  type: AlertRule["type"];
  system: string;
  value: number | null;
  threshold: number | null;
  /** The value with its unit: "40.0% of features", "42 days", "3,852 h", "ratio 0.72", "AUC −0.004", "0.008%". */
  valueText: string;
  thresholdText: string;
  /**
   * Values on this side of the threshold fail: fairness fails below (a disparity folded into (0, 1]), so does a
   * column drift test of a p-value (p < threshold), every other type above.
   */
  fails: "above" | "below";
  message: string;
}

/** How each rule type's value reads, with its unit. */
function formatFor(rule: AlertRule): (v: number) => string {
  switch (rule.type) {
    case "drift":
      return (v) => `${formatPercent(v)} of features`;
    case "column_drift":
      return (v) => `${driftTests[rule.test].label} ${formatStatistic(v)}`;
    case "spc":
      return (v) => `${formatCount(v)} ${rule.bucket === "week" ? "weeks" : "days"}`;
    case "freshness":
      return (v) => formatHours(Math.max(0, v));
    case "fairness":
      return (v) => `ratio ${v.toFixed(2)}`;
    case "performance":
      return (v) => `AUC drop ${formatSigned(v, 3)}`;
    case "quarantine_rate":
      return (v) => formatPercent(v, 3);
  }
}

/**
 * The Alerts page's rows: each check of the report with its rule's type and system, value and threshold in the
 * rule type's unit, and the side of the threshold that fails (report and rules are in config order).
 * @throws {Error} `report and rules differ in length: <n> vs <m>`
 */
export function checkView(checks: readonly CheckResult[], rules: readonly AlertRule[]): CheckRow[] {
  if (checks.length !== rules.length)
    throw new Error(`report and rules differ in length: ${checks.length} vs ${rules.length}`);
  return checks.map((c, i) => {
    const rule = rules[i];
    const format = formatFor(rule);
    return {
      status: c.status.toUpperCase() as CheckRow["status"],
      name: c.name,
      type: rule.type,
      system: rule.system,
      value: c.value,
      threshold: c.threshold,
      valueText: c.value === null ? "–" : format(c.value),
      thresholdText: c.threshold === null ? "–" : format(c.threshold),
      fails:
        rule.type === "fairness" || (rule.type === "column_drift" && driftTests[rule.test].kind === "pvalue")
          ? "below"
          : "above",
      message: c.message
    };
  });
}
