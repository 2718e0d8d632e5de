import {existsSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {flagString} from "../../loaders/cli/args.js";
import {commands} from "../../loaders/commands/index.js";
import {SYSTEM, sum, workbench, type Bench} from "../bench.js";
import {measure, type Measured} from "../measure.js";
import type {Step} from "./Step.js";

/** P1 (issue 14): at 10M rows, raw CSV to every derived table within 60 s wall and 4 GiB peak RSS per process. */
const P1 = {rows: 10_000_000, seconds: 60, peakRssMb: 4096};
/** P3: 100M rows ingested and refreshed on this machine. */
const P3_ROWS = 100_000_000;

/** The derived tables refresh wrote, from its manifest (`<system>/derived/manifest.json`), when it has one. */
function derivedTables(bench: Bench): {table: string; rows?: number; seconds?: number; error?: string}[] {
  const file = join(bench.system, "derived", "manifest.json");
  if (!existsSync(file)) return [];
  const tables = (JSON.parse(readFileSync(file, "utf8")) as {tables?: unknown}).tables;
  const list = Array.isArray(tables)
    ? (tables as {name?: string; table?: string}[]).map((t) => [t.name ?? t.table ?? "?", t] as const)
    : Object.entries((tables ?? {}) as Record<string, object>);
  return list.map(([table, t]) => ({table, ...(t as {rows?: number; seconds?: number; error?: string})}));
}

/** The pipeline line: ingest (decisions, outcomes) + refresh against P1's budget, or P3's record at 100M. */
function pipeline(bench: Bench, refresh: Measured, failed: string[]): void {
  const d = bench.results.get("ingest decisions");
  const o = bench.results.get("ingest outcomes");
  if (!d || !o) {
    bench.ratio(
      `${bench.size.toLocaleString("en")} rows, pipeline: refresh measured alone (run with --only P1 to add ingest)`
    );
    return;
  }
  const all = sum([d, o, refresh]);
  const figures =
    `ingest decisions ${d.seconds.toFixed(1)} s + outcomes ${o.seconds.toFixed(1)} s + refresh ${refresh.seconds.toFixed(1)} s ` +
    `= **${all.seconds.toFixed(1)} s wall** (${all.cpuSeconds.toFixed(1)} s CPU), largest peak RSS **${all.peakRssMb} MB** ` +
    `(ingest ${d.peakRssMb} / ${o.peakRssMb} MB, refresh ${refresh.peakRssMb} MB)`;
  const n = bench.size.toLocaleString("en");
  const missing = failed.length > 0 ? `; **${failed.length} table(s) not computed**: ${failed.join("; ")}` : "";
  if (bench.size >= P3_ROWS)
    bench.ratio(
      `P3, ${n} rows, raw CSV → every derived table: ${figures}${missing || "; completed, every table computed"}`
    );
  else if (bench.size === P1.rows) {
    const met = all.seconds <= P1.seconds && all.peakRssMb <= P1.peakRssMb;
    bench.ratio(
      `P1, ${n} rows, raw CSV → every derived table (target ≤ ${P1.seconds} s, ≤ ${P1.peakRssMb} MB per process): ${figures}: ` +
        `**${met && failed.length === 0 ? "met" : "not met"}**${missing}`
    );
  } else bench.ratio(`${n} rows, raw CSV → every derived table (P1's target is for 10,000,000 rows): ${figures}`);
}

export const refresh: Step = {
  name: "refresh",
  summary: "`workbench refresh`: every derived table of the system in one process (P1 with ingest, P3 at 100M)",
  needs: "system",
  async run(bench) {
    const n = bench.size.toLocaleString("en");
    if (!Object.hasOwn(commands, "refresh")) {
      bench.record({step: "refresh", note: "MISSING: `workbench refresh` does not exist at this commit (issue 13)"});
      bench.ratio(`${n} rows, P1/P3: not measurable, \`workbench refresh\` does not exist at this commit`);
      return;
    }
    // refresh is a no-op when its inputs are unchanged: start from no derived tables
    rmSync(join(bench.system, "derived"), {recursive: true, force: true});
    const usage = (await commands.refresh()).usage;
    const m = await measure(
      "node",
      workbench(
        "refresh",
        "--data",
        bench.work,
        "--system",
        SYSTEM,
        ...(usage.includes("--force") ? ["--force"] : []),
        ...(bench.args.flags.has("engine") ? ["--engine", flagString(bench.args, "engine")] : []),
        ...(bench.args.flags.has("refresh-memory-limit")
          ? ["--memory-limit", flagString(bench.args, "refresh-memory-limit")]
          : [])
      ),
      {env: bench.env}
    );
    bench.results.set("refresh", m);
    const tables = derivedTables(bench);
    const failed = tables.filter((t) => t.error !== undefined).map((t) => `${t.table} (${t.error})`);
    bench.record({
      step: `refresh: every derived table (${tables.length || "?"} tables)`,
      rows: bench.size,
      m,
      note: tables
        .filter((t) => t.seconds !== undefined)
        .map((t) => `${t.table} ${t.seconds!.toFixed(1)} s${t.error !== undefined ? " NOT COMPUTED" : ""}`)
        .join(", ")
    });
    pipeline(bench, m, failed);
  }
};
