import {spawn} from "node:child_process";
import {createWriteStream} from "node:fs";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** What one child process cost, as GNU time measured it. */
export interface Measured {
  /** The command line, for the record. */
  command: string;
  exitCode: number;
  /** Elapsed wall-clock seconds. */
  seconds: number;
  /** User + system CPU seconds (children included). */
  cpuSeconds: number;
  /** Maximum resident set size of the process (the largest of it and its waited-for children), MB. */
  peakRssMb: number;
  /** Everything the child wrote to stdout (unless `stdoutFile` took it). */
  stdout: string;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  /** Write stdout to this file instead of keeping it (a data loader's payload). */
  stdoutFile?: string;
  /** Exit codes that count as success (default [0]; a check command may exit 1 and still have done its work). */
  ok?: number[];
}

/**
 * Runs `command args...` under GNU time (`/usr/bin/time -f "%e %U %S %M"`, Debian package `time`) and returns
 * its wall time, CPU time and peak RSS. The child's stderr passes through to ours (progress stays visible).
 *
 * @throws {Error} `<command>: exit <code>` when the exit code is not in `ok`, or when /usr/bin/time is missing
 * @example const m = await measure("node", ["--import", "tsx", "loaders/cli.ts", "profile"]); // m.seconds, m.peakRssMb
 */
export async function measure(command: string, args: string[], options: MeasureOptions = {}): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), "bench-time-"));
  const timeFile = join(dir, "time");
  const line = [command, ...args].join(" ");
  try {
    const child = spawn("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timeFile, command, ...args], {
      env: {...process.env, ...options.env},
      stdio: ["ignore", "pipe", "inherit"]
    });
    let stdout = "";
    if (options.stdoutFile) child.stdout.pipe(createWriteStream(options.stdoutFile));
    else child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString("utf8")));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code) => resolve(code ?? 1));
    });
    if (!(options.ok ?? [0]).includes(exitCode)) throw new Error(`${line}: exit ${exitCode}`);
    const fields = (await readFile(timeFile, "utf8")).trim().split("\n").pop()!.split(" ").map(Number);
    const [seconds, user, system, maxKb] = fields;
    return {command: line, exitCode, seconds, cpuSeconds: user + system, peakRssMb: Math.round(maxKb / 1024), stdout};
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
