import {existsSync, readFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import type {Manifest} from "../ingest/Manifest.js";

/**
 * The end of the bundled sample's window (ISO time) when the system whose ingest `manifest` this is was ingested by
 * `workbench sample`: its source is a `raw/<system>/` folder of the generator's output, and `<dir>/raw/manifest.json`
 * is the generator's (`workbench generate`) and lists that system. Undefined for any other data. The check reads
 * folder names rather than absolute paths, so a copied or moved data folder still counts. Freshness of the sample
 * is judged as of this end (freshnessAsOf).
 */
export function sampleEnd(dir: string, manifest: Pick<Manifest, "source">): string | undefined {
  const generated = join(dir, "raw", "manifest.json");
  const folder = dirname(String(manifest.source));
  if (!existsSync(generated) || basename(dirname(folder)) !== "raw") return undefined;
  const {generator, end, systems} = JSON.parse(readFileSync(generated, "utf8")) as {
    generator?: string;
    end?: string;
    systems?: Record<string, unknown>;
  };
  const listed = systems !== undefined && basename(folder) in systems;
  return generator === "workbench generate" && listed && typeof end === "string" ? end : undefined;
}
