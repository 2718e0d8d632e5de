import {existsSync, readdirSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Manifest} from "../ingest/Manifest.js";
import {sha256File} from "../ingest/sha256File.js";

/** One output of an ingest manifest checked against the file on disk. */
export interface OutputCheck {
  /** The manifest file name, e.g. `manifest.json`, `outcomes.manifest.json`. */
  manifest: string;
  file: string;
  rows: number;
  expected_sha256: string;
  actual_sha256: string | null;
  expected_bytes: number;
  actual_bytes: number | null;
  /** `ok` when the sha256 matches, `mismatch` when it does not (the file changed after ingest), `missing`. */
  status: "ok" | "mismatch" | "missing";
}

/**
 * Recomputes the sha256 of every output listed in every ingest manifest of a directory (`manifest.json` and
 * `<object>.manifest.json`) and compares it with the recorded one. Sources are not checked (they may live elsewhere
 * or be gone); outputs are what the pages read. Ordered by manifest, then as listed.
 *
 * @throws {Error} when a manifest cannot be read or parsed
 * @example (await verifyOutputs("data/.work/credit-line"))[0].status // => "ok"
 */
export async function verifyOutputs(dir: string): Promise<OutputCheck[]> {
  const manifests = readdirSync(dir)
    .filter((f) => f === "manifest.json" || f.endsWith(".manifest.json"))
    .sort();
  const checks: OutputCheck[] = [];
  for (const name of manifests) {
    const manifest = JSON.parse(await readFile(join(dir, name), "utf8")) as Manifest;
    for (const output of manifest.outputs) {
      const path = join(dir, output.file);
      const actual = existsSync(path) ? await sha256File(path) : null;
      checks.push({
        manifest: name,
        file: output.file,
        rows: output.rows,
        expected_sha256: output.sha256,
        actual_sha256: actual?.sha256 ?? null,
        expected_bytes: output.bytes,
        actual_bytes: actual?.bytes ?? null,
        status: !actual ? "missing" : actual.sha256 === output.sha256 ? "ok" : "mismatch"
      });
    }
  }
  return checks;
}
