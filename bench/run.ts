/**
 * `npm run bench`: the workbench against its peers, at a given size. Every step runs as its own child process under
 * GNU time (bench/measure.ts: wall time, CPU time, peak RSS), prints one line, and the whole run is appended to
 * bench/RESULTS.md with the date, the machine and the command. Never part of `npm test`.
 *
 *   npm run bench -- [--rows 1000000[,10000000]] [--only generate,ingest,profile,drift,fairness,spc,peers,postgres,browser,synthetic]
 *                    [--pg postgres://...] [--node-heap <MB>] [--results bench/RESULTS.md] [--no-record]
 *
 * `--node-heap` raises the V8 heap limit of the workbench's processes (NODE_OPTIONS=--max-old-space-size; Node's own
 * default here is about 4 GB), to measure how much a step needs when the default is too small.
 *
 * Steps, per size N (credit-line decisions × 15 features, from `workbench generate --clean`, in bench/.out/n<N>/):
 * - generate: the seeded generator (both systems; N credit-line rows), reused when already there.
 * - ingest: contract validation of the decisions (and outcomes) into Parquet with quarantine and manifest.
 * - profile: mergeable profiles per day and week (`workbench profile`).
 * - drift: the Drift page's table, every ISO week × 15 features + score (src/data/drift.json.ts).
 * - fairness: `workbench fairness` per protected attribute (sex, age_band, ethnicity), per month, no bootstrap.
 * - spc: `workbench spc`: every metric per day, p-chart, EWMA, CUSUM and run rules.
 * - peers: the same drift, fairness and SPC tables in pandas + scipy (bench/peers/tables.py, Debian's Python,
 *   packages installed with apt-get when missing) on the same rows, exported to CSV (Debian has no pyarrow);
 *   checks that both give the same PSI for every week × feature.
 * - postgres: COPY the generated CSV into a typed PostgreSQL table (bench/loadPostgres.ts), then ingest from it
 *   (`--source postgres://...?table=`), all of it and one month pushed down (`--from/--to`).
 * - browser: needs `npm run build` (run when dist/ is missing): Overview and ROI load time and bytes
 *   (bench/pageLoads.ts), the Fairness page re-slice at N rows (bench/fairnessReslice.ts), ONNX replay rows/s in
 *   Chromium vs onnxruntime-node (bench/replayThroughput.ts).
 * - synthetic: bench/driftProfile.ts (profiles and drift of N synthetic rows written by DuckDB, 10 numeric and
 *   5 categorical features), for comparison with issue 3's numbers.
 */
import {execFileSync, spawnSync} from "node:child_process";
import {appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {join, resolve} from "node:path";
import {flagString, parseArgs} from "../loaders/cli/args.js";
import {readContract} from "../loaders/contract/readContract.js";
import {openDb} from "../loaders/db/openDb.js";
import {sqlLiteral} from "../loaders/db/sqlLiteral.js";
import {loadPostgres} from "./loadPostgres.js";
import {machine} from "./machine.js";
import {measure, type Measured} from "./measure.js";

const ROOT = resolve(import.meta.dirname, "..");
const CONTRACT = join(ROOT, "data/contracts/credit-line.odcs.yaml");
const STEPS = [
  "generate",
  "ingest",
  "profile",
  "drift",
  "fairness",
  "spc",
  "peers",
  "postgres",
  "browser",
  "synthetic"
];
const PROTECTED = ["sex", "age_band", "ethnicity"];
const PYTHON = "/usr/bin/python3"; // Debian's, where apt-get installs pandas and scipy
const CREDIT_LINE_SHARE = 0.6; // workbench generate: 60 % of --rows are credit-line decisions

const args = parseArgs(process.argv.slice(2), new Set(["no-record"]));

// A step that has no CLI of its own runs here, in a child process, so that its peak RSS is its own.
if (args.flags.has("child")) {
  await child(flagString(args, "child"));
  process.exit(0);
}

const sizes = flagString(args, "rows", "1000000")
  .split(",")
  .map((s) => Number(s.replace(/_/g, "")));
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 10_000)) throw new Error(`invalid --rows: ${sizes}`);
const only = flagString(args, "only", STEPS.join(",")).split(",");
const unknown = only.filter((s) => !STEPS.includes(s));
if (unknown.length > 0) throw new Error(`unknown step(s) ${unknown} (steps: ${STEPS})`);
const pgUrl = flagString(
  args,
  "pg",
  process.env.WORKBENCH_PG_URL ?? "postgres://workbench:workbench@127.0.0.1:5432/workbench"
);
const resultsFile = resolve(flagString(args, "results", join(ROOT, "bench/RESULTS.md")));
const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
const started = new Date();
const host = machine();
/** The commit measured, and the code files that differed from it (the checkout is shared with work in progress). */
const git = (...a: string[]) => spawnSync("git", a, {cwd: ROOT, encoding: "utf8"}).stdout;
const commit = git("rev-parse", "--short", "HEAD").trim();
const dirty = git("status", "--porcelain", "--", "loaders", "src/lib", "src/data", "bench")
  .split("\n")
  .filter(Boolean)
  .map((l) => l.slice(3))
  .filter((f) => f !== "bench/RESULTS.md");
const piiKey = process.env.WORKBENCH_PII_KEY ?? "0".repeat(64); // benchmark data are synthetic: any key will do

interface Row {
  size: number;
  step: string;
  rows?: number;
  m?: Measured;
  note?: string;
}
const rows: Row[] = [];
const ratios: string[] = [];

const say = (message: string) => void process.stderr.write(`bench: ${message}\n`);
const node = (script: string, ...rest: string[]) => ["--import", "tsx", join(ROOT, script), ...rest];
const workbench = (...rest: string[]) => node("loaders/cli.ts", ...rest);
const record = (row: Row) => {
  rows.push(row);
  const m = row.m;
  const rate = m && row.rows ? `, ${Math.round(row.rows / m.seconds).toLocaleString("en")} rows/s` : "";
  say(
    `${row.size.toLocaleString("en")} ${row.step}: ` +
      (m ? `${m.seconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU, peak RSS ${m.peakRssMb} MB${rate}` : "") +
      (row.note ? ` ${row.note}` : "")
  );
};
const sum = (ms: Measured[]): Measured => ({
  command: ms.map((m) => m.command).join(" && "),
  exitCode: 0,
  seconds: ms.reduce((s, m) => s + m.seconds, 0),
  cpuSeconds: ms.reduce((s, m) => s + m.cpuSeconds, 0),
  peakRssMb: Math.max(...ms.map((m) => m.peakRssMb)),
  stdout: ""
});
const jsonLines = <T>(text: string): T[] =>
  text
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as T);

/** Runs an optional step; a failure (e.g. dist/ rebuilt by someone else meanwhile) is recorded and the run goes on. */
async function attempt(size: number, name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    record({size, step: name, note: `FAILED: ${(error as Error).message.split("\n")[0]}`});
  }
}

let aborted: Error | undefined;
try {
  for (const size of sizes) {
    const dir = join(ROOT, "bench/.out", `n${size}`);
    const raw = join(dir, "raw");
    const work = join(dir, "work");
    const system = join(work, "credit-line");
    const env = {
      WORKBENCH_DATA: work,
      WORKBENCH_PII_KEY: piiKey,
      ...(args.flags.has("node-heap") ? {NODE_OPTIONS: `--max-old-space-size=${flagString(args, "node-heap")}`} : {})
    };
    mkdirSync(dir, {recursive: true});
    const want = (step: string) => only.includes(step);
    const needsData = STEPS.slice(1, 8).some(want);

    // generate (reused when the same size is already there)
    const manifest = join(raw, "manifest.json");
    const generated = existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).systems["credit-line"].rows;
    if (want("generate") || (needsData && !generated)) {
      if (generated === size) record({size, step: "generate", note: `(reused ${raw})`});
      else {
        rmSync(raw, {recursive: true, force: true});
        const total = String(Math.ceil(size / CREDIT_LINE_SHARE));
        const m = await measure("node", workbench("generate", "--out", raw, "--rows", total, "--clean"));
        rmSync(join(raw, "fraud-screen"), {recursive: true, force: true}); // only credit-line is benchmarked
        record({size, step: "generate", rows: Number(total), m});
      }
    }
    const decisionFiles = () =>
      readdirSync(join(raw, "credit-line"))
        .filter((f) => /^decisions-.*\.csv$/.test(f))
        .sort()
        .map((f) => join(raw, "credit-line", f));

    if (want("ingest") || (needsData && !existsSync(join(system, "decisions.parquet")))) {
      const ingest = (object: string, source: string) =>
        measure(
          "node",
          workbench(
            "ingest",
            "--contract",
            CONTRACT,
            "--source",
            source,
            "--out",
            system,
            "--object",
            object,
            "--format",
            "json"
          ),
          {env}
        );
      const d = await ingest("decisions", join(raw, "credit-line", "decisions-*.csv"));
      const read = (JSON.parse(d.stdout) as {rows: {read: number}}).rows.read;
      record({size, step: "ingest + validation (decisions, 41 columns)", rows: read, m: d});
      const o = await ingest("outcomes", join(raw, "credit-line", "outcomes.csv"));
      record({
        size,
        step: "ingest + validation (outcomes)",
        rows: (JSON.parse(o.stdout) as {rows: {read: number}}).rows.read,
        m: o
      });
    }
    const accepted = existsSync(join(system, "manifest.json"))
      ? (JSON.parse(readFileSync(join(system, "manifest.json"), "utf8")) as {rows: {accepted: number}}).rows.accepted
      : size;

    if (want("profile"))
      record({
        size,
        step: "profiles (day SQL, weeks merged)",
        rows: accepted,
        m: await measure("node", workbench("profile", "--system", "credit-line", "--data", work), {env})
      });

    const ours: Record<string, Measured> = {};
    /** Processes each of our table steps ran: their fixed start-up (Node, tsx, modules) is reported apart. */
    const processes: Record<string, number> = {drift: 1, fairness: PROTECTED.length, spc: 1};
    let startup: Measured | undefined;
    if (want("peers")) {
      // One command's fixed cost: node, tsx and that command's modules. Not `workbench help`, which imports every
      // command and so would overstate what one process pays.
      startup = await measure("node", workbench("fairness", "--help"));
      record({
        size,
        step: "workbench start-up alone (node + tsx + one command, `workbench fairness --help`)",
        m: startup
      });
    }
    const driftJson = join(dir, "drift.json");
    if (want("drift") || want("peers")) {
      ours.drift = await measure("node", node("src/data/drift.json.ts"), {env, stdoutFile: driftJson});
      record({size, step: "drift table (27 weeks × 15 features + score)", rows: accepted, m: ours.drift});
    }
    if (want("fairness") || want("peers")) {
      const runs: Measured[] = [];
      for (const group of PROTECTED)
        runs.push(
          await measure(
            "node",
            workbench(
              "fairness",
              "--system",
              "credit-line",
              "--data",
              work,
              "--group",
              group,
              "--bootstrap",
              "0",
              "--window",
              "month",
              "--time",
              "decided_at",
              "--format",
              "json"
            ),
            {env, ok: [0, 1]}
          )
        );
      ours.fairness = sum(runs);
      record({
        size,
        step: "fairness tables (3 attributes × groups, overall and monthly)",
        rows: accepted,
        m: ours.fairness
      });
    }
    if (want("spc") || want("peers")) {
      ours.spc = await measure(
        "node",
        workbench("spc", "--system", "credit-line", "--data", work, "--format", "json"),
        {
          env,
          ok: [0, 1]
        }
      );
      record({size, step: "SPC tables (every metric per day, charts and rules)", rows: accepted, m: ours.spc});
    }

    if (want("peers"))
      await attempt(size, "peers", async () => {
        ensurePython();
        const csv = {decisions: join(dir, "decisions.csv"), outcomes: join(dir, "outcomes.csv")};
        if (!existsSync(csv.outcomes)) {
          const db = await openDb();
          try {
            for (const [name, file] of Object.entries(csv))
              await db.run(
                `COPY (SELECT * FROM read_parquet(${sqlLiteral(join(system, `${name}.parquet`))})) TO ${sqlLiteral(file)} (HEADER)`
              );
          } finally {
            db.close();
          }
        }
        const m = await measure(PYTHON, [join(ROOT, "bench/peers/tables.py"), csv.decisions, csv.outcomes]);
        const peer = JSON.parse(m.stdout) as {
          rows: number;
          seconds: Record<"load" | "drift" | "fairness" | "spc", number>;
          cpu_seconds: Record<"load" | "drift" | "fairness" | "spc", number>;
          psi: Record<string, number>;
          versions: Record<string, string>;
        };
        record({
          size,
          step: `peer: pandas ${peer.versions.pandas} + scipy ${peer.versions.scipy} (load CSV + 3 tables)`,
          rows: peer.rows,
          m
        });
        const payload = JSON.parse(readFileSync(driftJson, "utf8")) as {
          cells: {window_start: string; name: string; psi: number}[];
        };
        let compared = 0;
        let maxDiff = 0;
        for (const c of payload.cells) {
          const p = peer.psi[`${c.window_start} ${c.name}`];
          if (p === undefined) continue;
          compared += 1;
          maxDiff = Math.max(maxDiff, Math.abs(p - c.psi));
        }
        const same = `same PSI in ${compared} week × feature cells (max difference ${maxDiff.toExponential(1)})`;
        const ratio = (a: number, b: number) => `${(a / b).toPrecision(2)}×`;
        const tables = ["drift", "fairness", "spc"] as const;
        const total = (f: (t: (typeof tables)[number]) => number) => tables.reduce((s, t) => s + f(t), 0);
        const line = (
          what: string,
          peerOf: (t: (typeof tables)[number] | "load") => number,
          oursOf: (m: Measured) => number
        ) =>
          `${what}: drift ${ratio(peerOf("drift"), oursOf(ours.drift))}, fairness ${ratio(peerOf("fairness"), oursOf(ours.fairness))}, ` +
          `SPC ${ratio(peerOf("spc"), oursOf(ours.spc))}, all three ${ratio(
            total(peerOf),
            total((t) => oursOf(ours[t]))
          )} ` +
          `(${ratio(
            total(peerOf) + peerOf("load"),
            total((t) => oursOf(ours[t]))
          )} counting the peer's CSV load)`;
        ratios.push(
          `${size.toLocaleString("en")} rows, pandas + scipy ÷ workbench (above 1: the workbench is faster), the same drift, fairness and SPC tables (${same}). ` +
            `Workbench: whole processes (start-up, reading Parquet); peer: the computation alone, after a ` +
            `${peer.seconds.load.toFixed(1)} s CSV load. ` +
            line(
              "Wall time",
              (t) => peer.seconds[t],
              (m) => m.seconds
            ) +
            "; " +
            line(
              "CPU time",
              (t) => peer.cpu_seconds[t],
              (m) => m.cpuSeconds
            ) +
            "; " +
            line(
              "CPU time without the workbench's start-up",
              (t) => peer.cpu_seconds[t],
              (m) => m.cpuSeconds - startup!.cpuSeconds * processes[tables.find((t) => ours[t] === m)!]
            ) +
            `; peak RSS ${m.peakRssMb} MB (peer) vs ${Math.max(...tables.map((t) => ours[t].peakRssMb))} MB`
        );
        for (const t of ["load", "drift", "fairness", "spc"] as const)
          record({
            size,
            step: `peer: ${t}`,
            note: `${peer.seconds[t].toFixed(1)} s wall, ${peer.cpu_seconds[t].toFixed(1)} s CPU (inside the process above)`
          });
      });

    if (want("postgres"))
      await attempt(size, "postgres", async () => {
        const table = `bench_decisions_${size}`;
        const load = await measure(
          "node",
          node(
            "bench/run.ts",
            "--child",
            "load-postgres",
            "--pg",
            pgUrl,
            "--table",
            table,
            "--files",
            decisionFiles().join(",")
          )
        );
        record({
          size,
          step: "PostgreSQL: COPY the generated CSV into a typed table + index",
          rows: Number(load.stdout.trim()),
          m: load
        });
        const url = new URL(pgUrl);
        url.searchParams.set("table", table);
        const pgIngest = (out: string, ...window: string[]) =>
          measure(
            "node",
            workbench(
              "ingest",
              "--contract",
              CONTRACT,
              "--source",
              url.toString(),
              "--out",
              join(dir, out),
              ...window,
              "--format",
              "json"
            ),
            {env}
          );
        const all = await pgIngest("pg-all");
        const read = (m: Measured) => (JSON.parse(m.stdout) as {rows: {read: number}}).rows.read;
        record({size, step: "ingest + validation from PostgreSQL (whole table)", rows: read(all), m: all});
        const month = await pgIngest("pg-month", "--from", "2026-05-01", "--to", "2026-06-01");
        record({size, step: "ingest + validation from PostgreSQL (May pushed down)", rows: read(month), m: month});
        const file = rows.find((r) => r.size === size && r.step.startsWith("ingest + validation (decisions"));
        if (file?.m)
          ratios.push(
            `${size.toLocaleString("en")} rows, ingest from PostgreSQL ÷ from CSV files: ${(all.seconds / file.m.seconds).toFixed(2)}× wall time`
          );
        rmSync(join(dir, "pg-all"), {recursive: true, force: true});
        rmSync(join(dir, "pg-month"), {recursive: true, force: true});
      });

    if (want("synthetic"))
      await attempt(size, "synthetic", async () => {
        const m = await measure("node", node("bench/driftProfile.ts", String(size)));
        for (const line of jsonLines<{step: string; seconds: number; peak_rss_mb: number}>(m.stdout))
          record({
            size,
            step: `synthetic (bench/driftProfile.ts): ${line.step}`,
            rows: size,
            note: `${line.seconds} s in-process, peak RSS so far ${line.peak_rss_mb} MB`
          });
        record({size, step: "synthetic (bench/driftProfile.ts): whole process", rows: size, m});
      });

    if (want("browser")) {
      // a private copy of the build: others may rebuild dist/ meanwhile (replayThroughput.ts reads dist/ itself)
      const complete = (d: string) =>
        ["index.html", "roi.html", "fairness.html", "_file/data"].every((f) => existsSync(join(d, f)));
      const site = join(ROOT, "bench/.out/dist");
      if (!complete(join(ROOT, "dist"))) {
        say("no complete dist/: npm run build");
        execFileSync("npm", ["run", "-s", "build"], {cwd: ROOT, stdio: ["ignore", "ignore", "inherit"]});
      }
      rmSync(site, {recursive: true, force: true});
      cpSync(join(ROOT, "dist"), site, {recursive: true});
      if (!complete(site)) throw new Error("dist/ changed while it was copied: run again");
      await attempt(size, "browser: pages", async () => {
        const pages = await measure("node", node("bench/pageLoads.ts", "5", site));
        for (const p of jsonLines<{
          page: string;
          cold_ms: number;
          cold_bytes: number;
          requests: number;
          warm_median_ms: number;
        }>(pages.stdout))
          record({
            size,
            step: `browser: page ${p.page === "/" ? "Overview" : "ROI"} (${p.page})`,
            note: `cold load ${p.cold_ms} ms, ${p.cold_bytes.toLocaleString("en")} bytes in ${p.requests} requests; warm median ${p.warm_median_ms} ms`
          });
      });
      await attempt(size, "browser: fairness re-slice", async () => {
        const reslice = await measure(
          "node",
          node("bench/fairnessReslice.ts", "--rows", String(size), "--repeats", "9", "--dist", site)
        );
        const r = JSON.parse(
          reslice.stdout.slice(reslice.stdout.indexOf("{"), reslice.stdout.lastIndexOf("}") + 1)
        ) as {
          rows: number;
          first_slice_ms: number;
          runs: {label: string; median_ms: number; median_query_ms: number}[];
          attribute_change_median_ms: number;
        };
        record({
          size,
          step: "browser: Fairness re-slice (DuckDB-wasm)",
          rows: r.rows,
          note: `${r.runs.map((x) => `${x.label}: median ${x.median_ms} ms (query ${x.median_query_ms} ms)`).join("; ")}; attribute change median ${r.attribute_change_median_ms} ms; first slice ${r.first_slice_ms} ms`
        });
      });
      await attempt(size, "browser: ONNX replay", async () => {
        const replay = await measure("node", node("bench/replayThroughput.ts", "200000", "5"));
        for (const x of jsonLines<{
          model: string;
          rows: number;
          node_rows_per_s: number;
          chromium_web_rows_per_s: number;
          node_over_web: number;
        }>(replay.stdout)) {
          record({
            size,
            step: `browser: ONNX replay ${x.model}`,
            rows: x.rows,
            note: `onnxruntime-node ${x.node_rows_per_s.toLocaleString("en")} rows/s, Chromium onnxruntime-web ${x.chromium_web_rows_per_s.toLocaleString("en")} rows/s`
          });
          ratios.push(
            `ONNX replay ${x.model}: onnxruntime-node ÷ onnxruntime-web in Chromium = ${x.node_over_web}× (web is ${(100 / x.node_over_web).toFixed(0)} % of native)`
          );
        }
      });
    }
  }
} catch (error) {
  aborted = error as Error;
  say(`aborted: ${aborted.message}`);
}

const section = [
  "",
  `## npm run bench, ${started.toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `\`${command}\``,
  "",
  `Machine: ${host.cores} cores (${host.cpu}), ${host.memoryGb} GB memory (${host.freeMemoryGb} GB free at the start), ` +
    `load average ${host.load} at the start (the machine is shared), Node ${host.node}. Wall and CPU seconds and peak ` +
    "RSS of each step's own process, from GNU time. " +
    `Code: commit ${commit}` +
    (dirty.length > 0 ? ` plus uncommitted changes to ${dirty.join(", ")}.` : "."),
  "",
  ...(aborted ? [`**Run aborted**: ${aborted.message.split("\n")[0]}`, ""] : []),
  ...(ratios.length > 0 ? ["**Ratios**", "", ...ratios.map((r) => `- ${r}`), ""] : []),
  "| rows | step | wall s | CPU s | rows/s | peak RSS MB | note |",
  "|---:|---|---:|---:|---:|---:|---|",
  ...rows.map(({size, step, rows: n, m, note}) =>
    [
      size.toLocaleString("en"),
      step,
      m ? m.seconds.toFixed(1) : "",
      m ? m.cpuSeconds.toFixed(1) : "",
      m && n ? Math.round(n / m.seconds).toLocaleString("en") : "",
      m ? String(m.peakRssMb) : "",
      note ?? ""
    ]
      .join(" | ")
      .replace(/^/, "| ")
      .replace(/$/, " |")
  ),
  ""
].join("\n");
process.stdout.write(section);
if (!args.flags.has("no-record")) {
  appendFileSync(resultsFile, section);
  say(`appended to ${resultsFile}`);
}
if (aborted) process.exitCode = 1;

/** Installs Debian's pandas and scipy for the peer when `/usr/bin/python3` cannot import them. */
function ensurePython(): void {
  const probe = spawnSync(PYTHON, ["-c", "import pandas, scipy"], {stdio: "ignore"});
  if (probe.status === 0) return;
  say("installing python3-pandas python3-scipy with apt-get (for the peer)");
  execFileSync("apt-get", ["install", "-y", "-qq", "python3-pandas", "python3-scipy"], {
    stdio: ["ignore", "ignore", "inherit"]
  });
}

/** Steps without a CLI of their own, run as `bench/run.ts --child <name>` so that GNU time measures them alone. */
async function child(name: string): Promise<void> {
  if (name !== "load-postgres") throw new Error(`unknown child step ${name}`);
  const contract = await readContract(CONTRACT);
  const n = await loadPostgres(
    flagString(args, "pg"),
    flagString(args, "table"),
    contract.schema[0],
    flagString(args, "files").split(","),
    "decided_at"
  );
  process.stdout.write(`${n}\n`);
}
