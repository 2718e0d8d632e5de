/**
 * `npm run bench`: the workbench against its peers and issue 14's targets, at given sizes. Every step runs its work as
 * child processes under GNU time (bench/measure.ts: wall time, CPU time, peak RSS), prints one line per process, and
 * the whole run is appended to bench/RESULTS.md with the date, the machine, the commit and the command. Never part
 * of `npm test` or CI.
 *
 *   npm run bench -- [--rows 1000000[,10000000]] [--only <step|P1|P2|P3>,...] [--replay <base rows>] [--gzip]
 *                    [--fairness-group age_band] [--engine <url>] [--pg postgres://...] [--node-heap <MB>]
 *                    [--ingest-threads <n>] [--refresh-memory-limit <size>]
 *                    [--results bench/RESULTS.md] [--no-record] [--help]
 *
 * Size N = N credit-line decisions × 15 features (`workbench generate --clean`, in bench/.out/n<N>/). The steps are
 * bench/steps/*.ts, in the order of bench/steps/index.ts (`--help` lists them); P1 = generate, ingest, refresh;
 * P2 = evidently, fairlearn; P3 = P1 at 100M rows with `--replay 10000000`. The exact commands of the P1/P2/P3 runs,
 * the peers' setup and what the replay does are in docs/scale.md.
 *
 * `--ingest-threads` passes `--threads <n>` to ingest (1: the write needs no sort; what the P3 run uses).
 * `--refresh-memory-limit` passes `--memory-limit <size>` to refresh (default refresh's own, 2GB; the P3 run at
 * 100M gave it 8GB, when roi-cells' ordered sums still held every amount of the log in memory at once). A table refresh could not compute is named in the run's lines.
 * `--node-heap` raises the V8 heap limit of the workbench's processes (NODE_OPTIONS=--max-old-space-size; Node's own
 * default here is about 4 GB), to measure how much a step needs when the default is too small.
 */
import {spawnSync} from "node:child_process";
import {appendFileSync, mkdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {flagString, parseArgs} from "../loaders/cli/args.js";
import {buildCli, ROOT, SYSTEM, say, type Bench, type Row} from "./bench.js";
import {machine} from "./machine.js";
import {report} from "./report.js";
import {rawRows} from "./steps/generate.js";
import {ALIASES, STEPS} from "./steps/index.js";
import {loadPostgresChild} from "./steps/postgres.js";
import {systemFiles} from "./systemFiles.js";

const args = parseArgs(process.argv.slice(2), new Set(["no-record", "gzip", "help"]));

// A step that has no CLI of its own runs as `bench/run.ts --child <name>`, so that its peak RSS is its own.
if (args.flags.has("child")) {
  if (flagString(args, "child") !== "load-postgres") throw new Error(`unknown child step ${flagString(args, "child")}`);
  await loadPostgresChild(args);
  process.exit(0);
}
if (args.flags.has("help")) {
  process.stdout.write(
    "usage: npm run bench -- [--rows N[,N...]] [--only step,...] [--replay B] [--gzip] [--no-record] (bench/run.ts)\n\n" +
      STEPS.map((s) => `  ${s.name.padEnd(10)} ${s.summary}\n`).join("") +
      Object.entries(ALIASES)
        .map(([k, v]) => `  ${k.padEnd(10)} = ${v.join(", ")}\n`)
        .join("")
  );
  process.exit(0);
}

const sizes = flagString(args, "rows", "1000000")
  .split(",")
  .map((s) => Number(s.replace(/_/g, "")));
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 10_000)) throw new Error(`invalid --rows: ${sizes}`);
const asked = flagString(args, "only", STEPS.map((s) => s.name).join(",")).split(",");
const unknown = asked.filter((s) => !STEPS.some((t) => t.name === s) && !ALIASES[s]);
if (unknown.length > 0)
  throw new Error(`unknown step(s) ${unknown} (steps: ${STEPS.map((s) => s.name)}; ${Object.keys(ALIASES)})`);
const wanted = new Set(asked.flatMap((s) => ALIASES[s] ?? [s]));
for (const step of STEPS) if (wanted.has(step.name)) for (const u of step.uses ?? []) wanted.add(u);
const steps = STEPS.filter((s) => wanted.has(s.name));

const resultsFile = resolve(flagString(args, "results", join(ROOT, "bench/RESULTS.md")));
const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
const started = new Date();
const host = machine();
const git = (...a: string[]) => spawnSync("git", a, {cwd: ROOT, encoding: "utf8"}).stdout;
const commit = git("rev-parse", "--short", "HEAD").trim();
const dirty = git("status", "--porcelain", "--", "loaders", "src/lib", "src/data", "bench")
  .split("\n")
  .filter(Boolean)
  .map((l) => l.slice(3))
  .filter((f) => f !== "bench/RESULTS.md");
const piiKey = process.env.WORKBENCH_PII_KEY ?? "0".repeat(64); // benchmark data are synthetic: any key will do

buildCli();
const rows: Row[] = [];
const ratios: string[] = [];
let aborted: Error | undefined;
try {
  for (const size of sizes) {
    const dir = join(ROOT, "bench/.out", `n${size}`);
    const work = join(dir, "work");
    mkdirSync(dir, {recursive: true});
    const bench: Bench = {
      size,
      dir,
      raw: join(dir, "raw"),
      work,
      system: join(work, SYSTEM),
      env: {
        WORKBENCH_DATA: work,
        WORKBENCH_PII_KEY: piiKey,
        ...(args.flags.has("node-heap") ? {NODE_OPTIONS: `--max-old-space-size=${flagString(args, "node-heap")}`} : {})
      },
      args,
      record(row) {
        rows.push({size, ...row});
        const m = row.m;
        const rate = m && row.rows ? `, ${Math.round(row.rows / m.seconds).toLocaleString("en")} rows/s` : "";
        say(
          `${size.toLocaleString("en")} ${row.step}: ` +
            (m
              ? `${m.seconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU, peak RSS ${m.peakRssMb} MB${rate}`
              : "") +
            (row.note ? ` ${row.note}` : "")
        );
      },
      ratio(line) {
        ratios.push(line);
        say(line);
      },
      results: new Map()
    };
    // generate and ingest also run, unasked, when a wanted step needs their output and it is missing (or stale: the
    // CSV was generated again)
    const rawMissing = rawRows(bench.raw) !== size;
    const systemMissing = !systemFiles(work);
    const needsSystem = steps.some((s) => s.needs === "system");
    const needsRaw = steps.some((s) => s.needs === "raw") || (needsSystem && systemMissing);
    for (const step of STEPS) {
      const run =
        wanted.has(step.name) ||
        (step.name === "generate" && needsRaw && rawMissing) ||
        (step.name === "ingest" && needsSystem && (systemMissing || (rawMissing && needsRaw)));
      if (!run) continue;
      try {
        await step.run(bench);
      } catch (error) {
        if (!step.optional) throw error;
        bench.record({step: step.name, note: `FAILED: ${(error as Error).message.split("\n")[0]}`});
      }
    }
  }
} catch (error) {
  aborted = error as Error;
  say(`aborted: ${aborted.message}`);
}

const section = report({command, started, host, commit, dirty, aborted, ratios, rows});
process.stdout.write(section);
if (!args.flags.has("no-record")) {
  appendFileSync(resultsFile, section);
  say(`appended to ${resultsFile}`);
}
if (aborted) process.exitCode = 1;
