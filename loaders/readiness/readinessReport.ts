import {readFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {parse} from "yaml";
import type {ReadinessCriteria, Workflow} from "../../src/lib/readiness/Readiness.js";
import {parseReadiness} from "../../src/lib/readiness/parseReadiness.js";
import {scoreReadiness, type ReadinessScore} from "../../src/lib/readiness/scoreReadiness.js";
import {InputError} from "../cli/errors.js";

/** data/readiness.yaml in this checkout. */
export const READINESS_FILE = fileURLToPath(new URL("../../data/readiness.yaml", import.meta.url));

export interface ReadinessReport {
  criteria: ReadinessCriteria;
  workflows: (Workflow & {score: ReadinessScore})[];
}

/**
 * The Readiness page's payload: the assessment file's criteria and every workflow with its score
 * (parseReadiness, scoreReadiness), in file order.
 *
 * @throws {InputError} `<file>: <path>: <problem>` for an unreadable or invalid file
 * @example const report = await readinessReport(READINESS_FILE);
 */
export async function readinessReport(file: string = READINESS_FILE): Promise<ReadinessReport> {
  let parsed;
  try {
    parsed = parseReadiness(parse(await readFile(file, "utf8")));
  } catch (error) {
    throw new InputError((error as Error).message.split("\n")[0], {file}, {cause: error});
  }
  return {
    criteria: parsed.criteria,
    workflows: parsed.workflows.map((w) => ({...w, score: scoreReadiness(w, parsed.criteria)}))
  };
}
