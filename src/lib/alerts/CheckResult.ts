/** One evaluated alert rule, as `workbench check` reports it. */
export interface CheckResult {
  name: string;
  /** `fail` when the rule's condition is met, `error` when it could not be evaluated (unusable input). */
  status: "pass" | "fail" | "error";
  value: number | null;
  threshold: number | null;
  message: string;
}

/** The report of `workbench check --format json`: every check in config order and the number that failed. */
export interface CheckReport {
  checks: CheckResult[];
  failed: number;
}
