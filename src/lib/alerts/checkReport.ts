import type {CheckReport, CheckResult} from "./CheckResult.js";

/**
 * The report of a list of check results: the checks in order and `failed`, the number whose status is `fail`
 * (an `error` is not a failure: it means the check could not run, and the CLI exits 2 for it).
 *
 * @example checkReport([{name: "a", status: "fail", value: 1, threshold: 0, message: ""}]).failed // => 1
 */
export function checkReport(checks: CheckResult[]): CheckReport {
  return {checks, failed: checks.filter((c) => c.status === "fail").length};
}
