import assert from "node:assert/strict";
import {createHash} from "node:crypto";
import {cpSync, lstatSync, readFileSync, readdirSync, readlinkSync} from "node:fs";
import {join} from "node:path";
import {main} from "../../loaders/cli/main.js";
import {generate} from "../../loaders/generate/generate.js";

/** The PII key of every robustness run (synthetic data: any key will do). */
export const KEY = "robustness-test-key-0123456789abcdef";
export const CONTRACT = "data/contracts/credit-line.odcs.yaml";
/** Every run names its retention as-of time, so no case depends on the day the suite runs. */
export const AS_OF = "2026-07-01T00:00:00Z";

/** The arguments of `workbench ingest --contract --source --out --as-of AS_OF [more] --format json`. */
export const ingestArgs = (contract: string, source: string, out: string, ...more: string[]) => [
  "ingest",
  "--contract",
  contract,
  "--source",
  source,
  "--out",
  out,
  "--as-of",
  AS_OF,
  ...more,
  "--format",
  "json"
];

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The workbench CLI run in this process (loaders/cli/main.ts, as loaders/cli.ts runs it), stdout and stderr captured. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await main(argv, {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t)});
  return {status, stdout, stderr};
}

/** The last line of stderr matches `pattern`, and nothing on stderr is a stack trace. */
export function oneLine(stderr: string, pattern: RegExp): void {
  const last = stderr.trimEnd().split("\n").at(-1) ?? "";
  assert.match(last, pattern, stderr);
  assert.doesNotMatch(stderr, /^\s+at /m, `a stack trace on stderr:\n${stderr}`);
}

/** Every entry below `dir`: a file's sha256, a symlink's target. Two equal snapshots mean nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = join(rel, name);
      const stat = lstatSync(join(dir, path));
      if (stat.isSymbolicLink()) out[path] = `-> ${readlinkSync(join(dir, path))}`;
      else if (stat.isDirectory()) walk(path);
      else
        out[path] = createHash("sha256")
          .update(readFileSync(join(dir, path)))
          .digest("hex");
    }
  };
  walk("");
  return out;
}

/** A copy of an output folder, its symlinks as they are (relative), so a case can start from a previous run. */
export const copyOutputs = (from: string, to: string) => cpSync(from, to, {recursive: true, verbatimSymlinks: true});

/** `rows read = accepted + quarantined + purged`, from a manifest printed with --format json. */
export function assertAccounting(stdout: string): {
  read: number;
  accepted: number;
  quarantined: number;
  purged: number;
} {
  const rows = (JSON.parse(stdout) as {rows: {read: number; accepted: number; quarantined: number; purged: number}})
    .rows;
  assert.equal(rows.read, rows.accepted + rows.quarantined + rows.purged, JSON.stringify(rows));
  return rows;
}

/** The generator's credit-line January file (seed 12, no planted malformed rows): header and data lines. */
export async function sampleLines(dir: string): Promise<{header: string; rows: string[]; outcomes: string}> {
  await generate({out: dir, rows: 400, seed: 12, malformed: false}, {log: () => {}});
  const [header, ...rows] = readFileSync(join(dir, "credit-line", "decisions-2026-01.csv"), "utf8")
    .trimEnd()
    .split("\n");
  return {header, rows, outcomes: readFileSync(join(dir, "credit-line", "outcomes.csv"), "utf8")};
}
