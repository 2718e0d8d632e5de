import {existsSync, readFileSync} from "node:fs";
import {join, resolve, sep} from "node:path";
import type {Manifest} from "../ingest/Manifest.js";

/**
 * The end of the bundled sample's window (ISO time) when the system whose ingest `manifest` this is was ingested by
 * `workbench sample` from the generator's output in `<dir>/raw/` (its manifest.json says `workbench generate`);
 * undefined for any other data. Freshness of the sample is judged as of this end (freshnessAsOf).
 */
export function sampleEnd(dir: string, manifest: Pick<Manifest, "source">): string | undefined {
  const raw = resolve(dir, "raw");
  const generated = join(raw, "manifest.json");
  if (!existsSync(generated) || !resolve(String(manifest.source)).startsWith(raw + sep)) return undefined;
  const {generator, end} = JSON.parse(readFileSync(generated, "utf8")) as {generator?: string; end?: string};
  return generator === "workbench generate" && typeof end === "string" ? end : undefined;
}
