import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {InputError} from "../cli/errors.js";
import {resolvePiiKey} from "../governance/piiKey.js";
import {hashPaths} from "./hashPaths.js";
import {importClosure} from "./importClosure.js";
import {lockFile} from "./lockFile.js";

/** Writes the raw sample (`<out>/<system>/decisions-*.csv`, `<out>/<system>/outcomes.csv`) into an empty `out`. */
export type GenerateSample = (out: string, rows: number, log: (message: string) => void) => Promise<void>;

export interface SampleOptions {
  /** The repository root (sources hashed for the stamp, data/contracts, src/.observablehq/cache/data). */
  root: string;
  /** Where the sample lives: raw files in `<workDir>/raw`, ingested systems in `<workDir>/<system>`. */
  workDir: string;
  /** Well-formed decisions over all systems; default 250,000. */
  rows: number;
  /** The generator seam; default: loaders/generate/generate.ts when it exists. */
  generate?: GenerateSample;
}

export interface SampleResult {
  generated: boolean;
  ingested: string[];
  stamp: string;
}

/** The generator's entry module: it and every module it imports are hashed into the raw stamp. */
const GENERATOR = "loaders/generate/generate.ts";
/** Data the generator reads: the registered models that score the sample (the registry holds each file's sha256). */
const GENERATOR_DATA = ["models/registry.json"];
/** Ingest's entry modules, and data hashed with them into the ingest stamp. */
const INGEST = ["loaders/ingest/ingest.ts", "loaders/ingest/ensureSample.ts"];
const INGEST_DATA = ["data/contracts", "package-lock.json"];

/**
 * Makes sure the bundled sample is generated and ingested, doing only what is stale:
 *
 * - The raw files are regenerated when `<workDir>/sample.stamp.json`'s `raw` hash (the generator module
 *   and everything it imports, the model registry, and the row count) differs or `<workDir>/raw/manifest.json` is missing.
 * - Each system found in `raw/` that has a contract `data/contracts/<system>.odcs.yaml` is ingested into
 *   `<workDir>/<system>/` (decisions and outcomes) when the `ingest` hash (raw hash, the ingest modules and
 *   everything they import, the contracts, the lockfile) differs or an output is missing.
 * - After any change, Framework's cached loader output `src/.observablehq/cache/data` is deleted so
 *   pages do not show stale data. The stamp is written last: an interrupted run is redone next time.
 *
 * When up to date it only hashes sources (a few ms) and imports nothing heavy. Concurrent runs (dev and
 * build started together) wait for each other through `<workDir>/sample.lock`.
 *
 * @throws {InputError} when the generator is missing, or from ingest (unusable generated input)
 */
export async function ensureSample(
  options: SampleOptions,
  {log}: {log: (message: string) => void}
): Promise<SampleResult> {
  await mkdir(options.workDir, {recursive: true});
  const release = await lockFile(join(options.workDir, "sample.lock"), log);
  try {
    return await refresh(options, log);
  } finally {
    await release();
  }
}

async function refresh(options: SampleOptions, log: (message: string) => void): Promise<SampleResult> {
  const {root, workDir, rows} = options;
  const raw = join(workDir, "raw");
  const stampFile = join(workDir, "sample.stamp.json");
  const rawStamp = await hashPaths(
    root,
    [...(await importClosure(root, GENERATOR)), ...GENERATOR_DATA],
    [`rows=${rows}`, "format=csv"]
  );
  const ingestSources = (await Promise.all(INGEST.map((entry) => importClosure(root, entry)))).flat();
  const ingestStamp = await hashPaths(root, [...new Set(ingestSources), ...INGEST_DATA], [rawStamp]);
  const previous = JSON.parse(await readFile(stampFile, "utf8").catch(() => "{}")) as {raw?: string; ingest?: string};

  const generated = previous.raw !== rawStamp || !existsSync(join(raw, "manifest.json"));
  if (generated) {
    await rm(stampFile, {force: true});
    await rm(raw, {recursive: true, force: true});
    await mkdir(raw, {recursive: true});
    log(`sample: generating ${rows.toLocaleString("en")} decisions into ${relative(root, raw) || raw}`);
    await (options.generate ?? defaultGenerate(root))(raw, rows, log);
  }
  const systems = (await readdir(raw, {withFileTypes: true}))
    .filter((d) => d.isDirectory() && existsSync(join(root, "data/contracts", `${d.name}.odcs.yaml`)))
    .map((d) => d.name)
    .sort();
  const outputs = systems.flatMap((s) =>
    ["decisions.parquet", "manifest.json", "outcomes.parquet"].map((f) => join(workDir, s, f))
  );
  const stale = generated || previous.ingest !== ingestStamp || !outputs.every((f) => existsSync(f));
  if (!stale) return {generated: false, ingested: [], stamp: ingestStamp};

  await rm(stampFile, {force: true});
  const [{openDb}, {systemContract}, {ingest}] = await Promise.all([
    import("../db/openDb.js"),
    import("../system/systemContract.js"),
    import("./ingest.js")
  ]);
  const db = await openDb();
  // The bundled sample may create a local PII key on first run (never in a published build: see resolvePiiKey).
  const piiKey = async () => {
    const key = await resolvePiiKey({keyFile: join(root, ".workbench-key"), create: true});
    if (key.source === "created") log(`sample: created the PII key file ${join(root, ".workbench-key")} (git-ignored)`);
    return key;
  };
  // retention as of the generated window's end (raw/manifest.json), so the sample never ages out and re-runs agree
  const window = JSON.parse(await readFile(join(raw, "manifest.json"), "utf8").catch(() => "{}")) as {end?: string};
  const governance = {piiKey, asOf: window.end ?? "now"};
  try {
    for (const system of systems) {
      const contract = await systemContract(system, {contracts: relative(process.cwd(), join(root, "data/contracts"))});
      const outDir = join(workDir, system);
      const dir = join(raw, system);
      const files = await readdir(dir);
      const decisions = files.filter((f) => /^decisions-.*\.(csv|jsonl|jsonl\.gz)$/.test(f));
      const ext = decisions[0]?.replace(/^decisions-[^.]*\./, "");
      if (!ext) throw new InputError(`no decisions files in ${dir}`);
      log(`sample: ingesting ${system}`);
      const m = await ingest({contract, source: join(dir, `decisions-*.${ext}`), outDir, governance}, {db, log});
      log(`sample: ${system} decisions: ${m.rows.accepted} accepted, ${m.rows.quarantined} quarantined`);
      const o = await ingest(
        {contract, object: "outcomes", source: join(dir, `outcomes.${ext}`), outDir, governance},
        {db, log}
      );
      log(`sample: ${system} outcomes: ${o.rows.accepted} accepted, ${o.rows.quarantined} quarantined`);
    }
  } finally {
    db.close();
  }
  await rm(join(root, "src/.observablehq/cache/data"), {recursive: true, force: true});
  await writeFile(stampFile, JSON.stringify({raw: rawStamp, ingest: ingestStamp, rows}, null, 2) + "\n");
  return {generated, ingested: systems, stamp: ingestStamp};
}

/** The generator of loaders/generate, imported only when needed and only if it exists. */
function defaultGenerate(root: string): GenerateSample {
  return async (out, rows, log) => {
    const file = join(root, "loaders/generate/generate.ts");
    if (!existsSync(file)) throw new InputError("the sample generator is missing", {file});
    // a literal specifier, loaded only here: the CLI's bundle (loaders/workbench.mjs) carries it as a chunk of its own,
    // where a computed one would resolve beside the bundle in .tmp/ and fail
    const {generate} = await import("../generate/generate.js");
    await generate({out, rows}, {log});
  };
}
