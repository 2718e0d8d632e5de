import {readFile} from "node:fs/promises";
import {parse} from "yaml";
import type {AlertRule} from "../../src/lib/alerts/AlertRule.js";
import {parseAlertsConfig} from "../../src/lib/alerts/parseAlertsConfig.js";
import {InputError} from "../cli/errors.js";

/**
 * Reads and validates an alerts file (YAML; JSON is YAML too): see parseAlertsConfig and data/alerts.yaml.
 *
 * @throws {InputError} `<file>: cannot read alerts config (ENOENT)`, `<file>: line 3: <YAML error>` or
 *   `<file>: checks[2].threshold: not a number: "high"` (the CLI exits 2)
 * @example const rules = await readAlertsConfig("data/alerts.yaml");
 */
export async function readAlertsConfig(file: string): Promise<AlertRule[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read alerts config (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file
    });
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new InputError(`not valid YAML: ${(error as Error).message.split("\n")[0]}`, {file});
  }
  try {
    return parseAlertsConfig(doc);
  } catch (error) {
    throw new InputError((error as Error).message, {file}, {cause: error});
  }
}
