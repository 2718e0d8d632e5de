import {existsSync, readFileSync, readdirSync, rmSync, statSync, statfsSync} from "node:fs";
import {dirname, join} from "node:path";
import {flagInt} from "../../loaders/cli/args.js";
import {SYSTEM, node, workbench, type Bench} from "../bench.js";
import {measure} from "../measure.js";
import type {Step} from "./Step.js";

/** `workbench generate`: 60 % of --rows are credit-line decisions, so N credit-line rows need ⌈N / 0.6⌉. */
const CREDIT_LINE_SHARE = 0.6;

interface RawManifest {
  generator: string;
  format: string;
  systems: Record<string, {rows: number; decisions: {file: string}[]; outcomes: {file: string}}>;
}

const manifestOf = (raw: string): RawManifest | undefined =>
  existsSync(join(raw, "manifest.json"))
    ? (JSON.parse(readFileSync(join(raw, "manifest.json"), "utf8")) as RawManifest)
    : undefined;

/** The credit-line rows of the CSV in `raw` (from its manifest), or undefined when there is none. */
export const rawRows = (raw: string): number | undefined => manifestOf(raw)?.systems[SYSTEM]?.rows;

/**
 * The `--source` of the decisions and of the outcomes in `raw`: `decisions-YYYY-MM.<format>` and one outcomes file,
 * as both the generator and bench/replay.ts lay them out.
 */
export function rawSources(raw: string): {decisions: string; outcomes: string} {
  const m = manifestOf(raw);
  if (!m) throw new Error(`no generated CSV in ${raw}`);
  return {
    decisions: join(raw, SYSTEM, `decisions-*.${m.format}`),
    outcomes: join(raw, m.systems[SYSTEM].outcomes.file)
  };
}

/** The decision files in `raw`, in order, from its manifest. */
export const decisionFiles = (raw: string): string[] =>
  (manifestOf(raw)?.systems[SYSTEM]?.decisions ?? []).map((d) => join(raw, d.file));

/** Runs the seeded generator for `rows` credit-line decisions into `raw` (fraud-screen is written, then removed). */
async function generateRows(bench: Bench, raw: string, rows: number, label: string): Promise<void> {
  rmSync(raw, {recursive: true, force: true});
  const total = Math.ceil(rows / CREDIT_LINE_SHARE);
  const m = await measure("node", workbench("generate", "--out", raw, "--rows", String(total), "--clean"));
  rmSync(join(raw, "fraud-screen"), {recursive: true, force: true}); // only credit-line is benchmarked
  bench.record({step: label, rows: total, m});
}

const bytesIn = (dir: string) => readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/**
 * Refuses a replay that would not fit: the replayed CSV takes about N / B times the base's bytes (a fifth with
 * gzip), DuckDB's copy of the base about as much as the base, and ingest then writes about a fifth of the CSV as
 * Parquet (measured at 1M rows: 282 MB of CSV, 54 MB of Parquet).
 */
function checkDisk(bench: Bench, base: string, gzip: boolean): void {
  const baseBytes = bytesIn(join(base, SYSTEM));
  const csv = (baseBytes * bench.size) / rawRows(base)! / (gzip ? 4 : 1);
  const need = csv + baseBytes + 0.2 * (gzip ? 4 * csv : csv);
  const fs = statfsSync(dirname(bench.raw));
  const free = fs.bavail * fs.bsize;
  if (free < need * 1.1)
    throw new Error(
      `replay of ${bench.size.toLocaleString("en")} rows needs about ${gb(need)} in ${bench.dir}, ${gb(free)} free` +
        (gzip ? "" : " (--gzip writes about a fifth)")
    );
}

export const generate: Step = {
  name: "generate",
  summary:
    "the seeded generator's credit-line log (reused when there); with --replay B, B generated rows replayed to N (bench/replay.ts)",
  async run(bench) {
    const rows = rawRows(bench.raw);
    if (rows === bench.size) {
      bench.record({step: "generate", note: `(reused ${bench.raw}, from ${manifestOf(bench.raw)!.generator})`});
      return;
    }
    const baseRows = flagInt(bench.args, "replay", 0);
    if (baseRows <= 0 || baseRows >= bench.size) {
      await generateRows(bench, bench.raw, bench.size, "generate");
      return;
    }
    const base = join(dirname(bench.dir), `n${baseRows}`, "raw");
    if (rawRows(base) !== baseRows)
      await generateRows(bench, base, baseRows, `generate the replay's base (${baseRows.toLocaleString("en")} rows)`);
    const gzip = bench.args.flags.has("gzip");
    checkDisk(bench, base, gzip);
    rmSync(bench.raw, {recursive: true, force: true});
    const m = await measure(
      "node",
      node(
        "bench/replay.ts",
        "--base",
        base,
        "--out",
        bench.raw,
        "--rows",
        String(bench.size),
        ...(gzip ? ["--gzip"] : [])
      )
    );
    bench.record({
      step: `generate: replay of the ${baseRows.toLocaleString("en")}-row log, ${Math.ceil(bench.size / baseRows)} copies with new ids (bench/replay.ts${gzip ? ", gzip" : ""})`,
      rows: bench.size,
      m,
      note: `${gb(bytesIn(join(bench.raw, SYSTEM)))} of CSV`
    });
  }
};
