import {existsSync} from "node:fs";
import type {CheckReport} from "../../src/lib/alerts/CheckResult.js";
import {postWebhook} from "../alerts/postWebhook.js";
import {readAlertsConfig} from "../alerts/readAlertsConfig.js";
import {runChecks} from "../alerts/runChecks.js";
import {flagInt, flagString} from "../cli/args.js";
import type {Command} from "../cli/command.js";
import {CheckFailed, InputError} from "../cli/errors.js";
import {openDb} from "../db/openDb.js";
import {workDir} from "../system/workDir.js";

const usage = `usage: workbench check --config <alerts.yaml> --data <ingest output dir> [--webhook <url>] [--format json]
         [--webhook-timeout <ms>] [--webhook-attempts <n>]

Evaluates the alert rules of --config (see data/alerts.yaml for the documented format) against the ingested
systems in --data (default data/.work, one <system>/ folder each): drift above threshold, SPC rule violations,
freshness SLA missed, fairness outside the band, performance drop (realised or estimated), quarantine rate above
a limit. Prints {"checks": [{"name", "status": "pass"|"fail"|"error", "value", "threshold", "message"}],
"failed": n}. With --webhook, POSTs the same JSON to the URL (retried on network errors, timeouts, 429 and
5xx: --webhook-attempts 3 in all, --webhook-timeout 5000 ms each).

Exit 0 when every check passes; 1 when a check fails; 2 for an unusable config or input: an invalid alerts
file, a missing --data directory, a check that could not be evaluated (status error), or a webhook that could
not be reached.`;

/** `workbench check`: evaluate documented alert rules headlessly, print one JSON report, optionally POST it. */
export const check: Command = {
  name: "check",
  summary: "evaluate alert rules (drift, SPC, freshness, fairness, performance, quarantine); exit 1 on a failure",
  usage,
  async run({args, log}) {
    const rules = await readAlertsConfig(flagString(args, "config"));
    const dir = flagString(args, "data", workDir());
    if (!existsSync(dir))
      throw new InputError("no such directory (run npm run sample or workbench ingest)", {file: dir});
    const webhook = args.flags.has("webhook") ? flagString(args, "webhook") : undefined;
    const timeoutMs = flagInt(args, "webhook-timeout", 5000);
    const attempts = flagInt(args, "webhook-attempts", 3);
    if (timeoutMs < 1) throw new InputError(`--webhook-timeout: not a positive number of ms: ${timeoutMs}`);
    if (attempts < 1) throw new InputError(`--webhook-attempts: at least 1: ${attempts}`);
    if (webhook !== undefined && !/^https?:\/\/[^/]/.test(webhook))
      throw new InputError(`--webhook: not an http(s) URL: ${JSON.stringify(webhook)}`);
    const db = await openDb();
    let report: CheckReport;
    try {
      report = await runChecks({db, log, dir, now: new Date()}, rules);
    } finally {
      db.close();
    }
    const problems: string[] = [];
    const errors = report.checks.filter((c) => c.status === "error");
    if (errors.length > 0)
      problems.push(`${errors.length} check(s) could not be evaluated: ${errors.map((c) => c.name).join(", ")}`);
    if (webhook !== undefined) {
      const delivery = await postWebhook(webhook, report, {attempts, timeoutMs});
      if (delivery.delivered) log(`webhook: delivered (HTTP ${delivery.status}, attempt ${delivery.attempts})`);
      else problems.push(`webhook: not delivered after ${delivery.attempts} attempt(s): ${delivery.errors.join(", ")}`);
    }
    if (problems.length > 0) throw new CheckFailed(problems.join("; "), report, 2);
    if (report.failed > 0)
      throw new CheckFailed(
        `${report.failed} check(s) failed: ${report.checks
          .filter((c) => c.status === "fail")
          .map((c) => c.name)
          .join(", ")}`,
        report
      );
    return report;
  },
  text(result) {
    const r = result as CheckReport;
    const width = Math.max(...r.checks.map((c) => c.name.length));
    return [
      ...r.checks.map((c) => `${c.status.toUpperCase().padEnd(5)} ${c.name.padEnd(width)}  ${c.message}`),
      `${r.failed} of ${r.checks.length} check(s) failed`
    ].join("\n");
  }
};
