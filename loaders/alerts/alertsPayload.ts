import {fileURLToPath} from "node:url";
import type {AlertRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckReport} from "../../src/lib/alerts/CheckResult.js";
import type {CheckContext} from "./CheckContext.js";
import {readAlertsConfig} from "./readAlertsConfig.js";
import {runChecks} from "./runChecks.js";

/** data/alerts.yaml in this checkout. */
export const ALERTS_FILE = fileURLToPath(new URL("../../data/alerts.yaml", import.meta.url));

/** The Alerts page's payload: the rules as configured, the report `workbench check` prints, and when it ran. */
export interface AlertsPayload {
  config: string;
  rules: AlertRule[];
  report: CheckReport;
  evaluatedAt: string;
}

/**
 * Evaluates the alerts file (default data/alerts.yaml) exactly as `workbench check --config <file>` does.
 *
 * @throws {InputError} for an unusable alerts file
 * @example const payload = await alertsPayload({db, log, dir: workDir(), now: new Date()});
 */
export async function alertsPayload(ctx: CheckContext, file: string = ALERTS_FILE): Promise<AlertsPayload> {
  const rules = await readAlertsConfig(file);
  return {config: "data/alerts.yaml", rules, report: await runChecks(ctx, rules), evaluatedAt: ctx.now.toISOString()};
}
