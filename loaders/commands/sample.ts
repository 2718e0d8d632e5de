import {fileURLToPath} from "node:url";
import type {Command} from "../cli/command.js";
import {InputError} from "../cli/errors.js";
import {ensureSample} from "../ingest/ensureSample.js";
import {workDir} from "../system/workDir.js";

/** `workbench sample` (`npm run sample`, run before dev and build): generate and ingest the bundled sample when stale. */
export const sample: Command = {
  name: "sample",
  summary: "make sure the bundled sample is generated and ingested into data/.work (no-op when up to date)",
  usage: `usage: workbench sample [--format json]

Generates the sample decision logs into data/.work/raw (when the generator or row count changed) and
ingests each system's decisions and outcomes into data/.work/<system>/ (when the generator, ingest or
contracts changed). Rows: $WORKBENCH_SAMPLE_ROWS, default 250000. Data directory: $WORKBENCH_DATA,
default data/.work.`,
  async run({log}) {
    const value = process.env.WORKBENCH_SAMPLE_ROWS ?? "250000";
    const rows = Number(value);
    if (!Number.isSafeInteger(rows) || rows < 1)
      throw new InputError(`WORKBENCH_SAMPLE_ROWS: not a positive integer ${JSON.stringify(value)}`);
    const root = fileURLToPath(new URL("../..", import.meta.url));
    return ensureSample({root, workDir: workDir(), rows}, {log});
  },
  text(result) {
    const r = result as Awaited<ReturnType<typeof ensureSample>>;
    if (!r.generated && r.ingested.length === 0) return "sample up to date";
    return `sample ${r.generated ? "generated and " : ""}ingested: ${r.ingested.join(", ")}`;
  }
};
