import type {QuarantineRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {noRows} from "../cli/noRows.js";
import {readManifest} from "../overview/readManifest.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Quarantine rate of the system's last decisions ingest: `rows.quarantineRate` of its manifest.json (quarantined
 * rows / rows read). Fails when above the threshold.
 *
 * @throws {InputError} for an unknown system, an unreadable manifest, or a last ingest that read no row
 */
export async function quarantineCheck(ctx: CheckContext, rule: QuarantineRule): Promise<CheckResult> {
  const {system} = await systemFacts(ctx, rule.system);
  const {read, quarantined, quarantineRate} = (await readManifest(system.paths.manifest)).rows;
  if (read === 0) throw noRows("the last ingest", system.paths.manifest); // nothing to check is not a pass
  const result = thresholdCheck(rule.name, "quarantine rate", quarantineRate, rule.threshold, "above");
  return {...result, message: `${result.message} (${quarantined} of ${read} rows)`};
}
