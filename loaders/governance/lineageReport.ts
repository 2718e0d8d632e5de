import {existsSync, readdirSync, realpathSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import type {Manifest} from "../ingest/Manifest.js";
import {sha256File} from "../ingest/sha256File.js";

/** One output file of an ingest run, checked against the checksum its manifest recorded. */
export interface LineageOutput {
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** The file's sha256 now, or null when the file is missing. */
  actualSha256: string | null;
  status: "ok" | "mismatch" | "missing";
}

/** One ingest run (one manifest) of a system: where its outputs came from and how the rows were accounted for. */
export interface LineageRun {
  system: string;
  manifest: string;
  object: string;
  contract: Manifest["contract"];
  tool: Manifest["tool"];
  source: string;
  sources: Manifest["sources"];
  rows: Manifest["rows"];
  /** Accepted rows purged by retention, and quarantined ones (0 without a retention policy). */
  purged: {accepted: number; quarantined: number};
  governance: Manifest["governance"] | null;
  run: Manifest["run"];
  outputs: LineageOutput[];
  /** Problems found: checksum mismatches, missing outputs, rows that do not add up. */
  errors: string[];
}

/**
 * The lineage of everything ingested under `dir` (every folder with a manifest.json but `raw/`, the generator's):
 * every `<system>/*manifest.json` (decisions `manifest.json`,
 * other objects `<object>.manifest.json`) with its sources (file, sha256, rows), contract (id, version, sha256),
 * tool version, run times and row accounting, and each output's sha256 recomputed from the file on disk: a
 * mismatch or a missing file is an error, as are rows that do not add up (read ≠ accepted + quarantined + purged,
 * or an output's rows ≠ the manifest's accepted or quarantined). Runs sorted by system and manifest name. No PII: manifests hold
 * counts, names of files and checksums only.
 *
 * @throws {Error} for a manifest that is not JSON
 * @example const runs = await lineageReport(workDir());
 */
export async function lineageReport(dir: string): Promise<LineageRun[]> {
  const runs: LineageRun[] = [];
  const systems = existsSync(dir)
    ? readdirSync(dir, {withFileTypes: true})
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "manifest.json")) && d.name !== "raw")
        .map((d) => d.name)
        .sort()
    : [];
  for (const system of systems) {
    const manifests = readdirSync(join(dir, system))
      .filter((f) => f === "manifest.json" || f.endsWith(".manifest.json"))
      .sort();
    for (const name of manifests) {
      // the generation the manifest belongs to (see committedFiles): outputs are read from the same one
      let path = join(dir, system, name);
      try {
        path = realpathSync(path);
      } catch {
        // a dangling link: reading it below reports the error
      }
      const base = dirname(path);
      let m: Manifest;
      try {
        m = JSON.parse(await readFile(path, "utf8")) as Manifest;
      } catch (error) {
        throw new Error(`${path}: not a manifest (${(error as Error).message})`, {cause: error});
      }
      const purged = {accepted: 0, quarantined: 0};
      for (const p of m.governance?.retention?.purged ?? []) purged[p.from] += p.rows;
      const errors: string[] = [];
      const outputs: LineageOutput[] = [];
      for (const o of m.outputs) {
        const file = join(base, o.file);
        const actual = existsSync(file) ? (await sha256File(file)).sha256 : null;
        const status = actual === null ? "missing" : actual === o.sha256 ? "ok" : "mismatch";
        if (status === "missing") errors.push(`${system}/${o.file}: missing (the manifest records sha256 ${o.sha256})`);
        if (status === "mismatch")
          errors.push(`${system}/${o.file}: checksum mismatch: manifest ${o.sha256}, file ${actual}`);
        outputs.push({...o, actualSha256: actual, status});
      }
      const {read, accepted, quarantined} = m.rows;
      // manifests before rows.purged counted purged rows inside accepted and quarantined
      const legacy = m.rows.purged === undefined;
      const rowsPurged = legacy ? 0 : m.rows.purged;
      if (read !== accepted + quarantined + rowsPurged)
        errors.push(
          `${system}/${name}: rows read ${read} ≠ accepted ${accepted} + quarantined ${quarantined} + purged ${rowsPurged}`
        );
      const expected = legacy
        ? [accepted - purged.accepted, quarantined - purged.quarantined]
        : [accepted, quarantined];
      m.outputs.slice(0, 2).forEach((o, i) => {
        if (o.rows !== expected[i])
          errors.push(`${system}/${o.file}: ${o.rows} rows written, the manifest accounts for ${expected[i]}`);
      });
      runs.push({
        system,
        manifest: name,
        object: m.contract.object,
        contract: m.contract,
        tool: m.tool,
        source: m.source,
        sources: m.sources,
        rows: m.rows,
        purged,
        governance: m.governance ?? null,
        run: m.run,
        outputs,
        errors
      });
    }
  }
  return runs;
}
