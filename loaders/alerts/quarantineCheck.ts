import {readFile} from "node:fs/promises";
import type {QuarantineRule} from "../../src/lib/alerts/AlertRule.js";
import type {CheckResult} from "../../src/lib/alerts/CheckResult.js";
import {thresholdCheck} from "../../src/lib/alerts/thresholdCheck.js";
import {InputError} from "../cli/errors.js";
import {noRows} from "../cli/noRows.js";
import type {Manifest} from "../ingest/Manifest.js";
import type {CheckContext} from "./CheckContext.js";
import {systemFacts} from "./systemFacts.js";

/**
 * Quarantine rate of the system's last decisions ingest: `rows.quarantineRate` of its manifest.json (quarantined
 * rows / rows read). Fails when above the threshold.
 *
 * @throws {InputError} for an unknown system, an unreadable manifest, or a last ingest that read no row
 */
export async function quarantineCheck(ctx: CheckContext, rule: QuarantineRule): Promise<CheckResult> {
  const {dir} = await systemFacts(ctx, rule.system);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(dir.manifest, "utf8")) as Manifest;
  } catch (error) {
    throw new InputError(`cannot read manifest (${(error as Error).message.split("\n")[0]})`, {file: dir.manifest});
  }
  const {read, quarantined, quarantineRate} = manifest.rows;
  if (read === 0) throw noRows("the last ingest", dir.manifest); // nothing to check is not a pass
  const result = thresholdCheck(rule.name, "quarantine rate", quarantineRate, rule.threshold, "above");
  return {...result, message: `${result.message} (${quarantined} of ${read} rows)`};
}
