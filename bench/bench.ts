import {spawnSync} from "node:child_process";
import {join, resolve} from "node:path";
import type {Args} from "../loaders/cli/args.js";
import type {Measured} from "./measure.js";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..");
/** The benchmarked system: the generator's credit-line log (41 columns, 10 numeric and 5 categorical features). */
export const SYSTEM = "credit-line";
export const CONTRACT = join(ROOT, "data/contracts/credit-line.odcs.yaml");

/** One line of the results table: a measured process, or a note. */
export interface Row {
  size: number;
  step: string;
  rows?: number;
  m?: Measured;
  note?: string;
}

/**
 * What every step receives for one size N: its folders, the environment of the workbench's processes, the flags,
 * and where to put what it measured. Steps of the same size share `results` (P1 adds ingest and refresh).
 */
export interface Bench {
  size: number;
  /** bench/.out/n<N> */
  dir: string;
  /** The generated (or replayed) CSV: dir/raw/<system>/..., dir/raw/manifest.json */
  raw: string;
  /** The work directory the workbench ingests into (WORKBENCH_DATA): dir/work */
  work: string;
  /** The ingested system's folder: work/<system> */
  system: string;
  env: NodeJS.ProcessEnv;
  args: Args;
  /** Adds a line to the results table (and prints it on stderr). */
  record(row: Omit<Row, "size">): void;
  /** Adds a line to the run's ratios and verdicts. */
  ratio(line: string): void;
  results: Map<string, Measured>;
}

/** Progress and findings on stderr (stdout carries the results section). */
export const say = (message: string) => void process.stderr.write(`bench: ${message}\n`);

/** Arguments for `node` running one of our TypeScript files. */
export const node = (script: string, ...rest: string[]) => ["--import", "tsx", join(ROOT, script), ...rest];

/**
 * Arguments for `node` running the workbench CLI, as `npm run workbench` runs it: through loaders/workbench.mjs
 * (the CLI's JavaScript bundle, built when out of date: buildCli), with a 64 MB young generation
 * (`--max-semi-space-size`): refresh makes millions of short-lived row objects; at 1M rows it took 65 s of CPU
 * instead of 70 s, peak RSS 2.76 instead of 2.61 GB (one run each, shared machine).
 */
export const workbench = (...rest: string[]) => [
  "--max-semi-space-size=64",
  join(ROOT, "loaders/workbench.mjs"),
  ...rest
];

/**
 * Builds the CLI's bundle now if the code changed since it was last built (a short `workbench fairness --help`), so
 * no measured step pays for the build.
 *
 * @throws {Error} when that process fails
 */
export function buildCli(): void {
  const r = spawnSync(process.execPath, workbench("fairness", "--help"), {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"]
  });
  if (r.status !== 0) throw new Error(`workbench fairness --help: exit ${r.status}: ${r.stderr}`);
}

/**
 * Brings the system's derived tables up to date, untimed: `workbench fairness --system` reads them and refreshes them
 * first when the code or the log changed, which a timed process must not include (a no-op when they are fresh).
 *
 * @throws {Error} when the refresh fails
 */
export function freshSystem(bench: Bench): void {
  say(`refresh of ${SYSTEM} first, untimed (a no-op when its derived tables are fresh)`);
  const r = spawnSync(process.execPath, workbench("refresh", "--system", SYSTEM, "--data", bench.work), {
    cwd: ROOT,
    env: bench.env,
    stdio: ["ignore", "ignore", "pipe"]
  });
  if (r.status !== 0) throw new Error(`workbench refresh: exit ${r.status}: ${r.stderr}`);
}

/** Several processes as one step: wall and CPU added, peak RSS the largest. */
export function sum(ms: Measured[]): Measured {
  return {
    command: ms.map((m) => m.command).join(" && "),
    exitCode: 0,
    seconds: ms.reduce((s, m) => s + m.seconds, 0),
    cpuSeconds: ms.reduce((s, m) => s + m.cpuSeconds, 0),
    peakRssMb: Math.max(...ms.map((m) => m.peakRssMb)),
    stdout: ""
  };
}

/** a ÷ b to two significant digits, with the × sign: `times(10, 4) // => "2.5×"`. */
export const times = (a: number, b: number) => `${(a / b).toPrecision(2)}×`;

/** The JSON lines of a process's stdout (lines starting with `{`). */
export const jsonLines = <T>(text: string): T[] =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as T);
