import {createHash} from "node:crypto";
import {existsSync, readdirSync, realpathSync, statSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {dirname, join, relative} from "node:path";
import type {Manifest} from "../ingest/Manifest.js";
import {sha256File} from "../ingest/sha256File.js";
import type {SystemPaths} from "../system/System.js";
import type {RefreshInput, RefreshManifest} from "./RefreshManifest.js";
import {codeStamp} from "./codeStamp.js";

/** The module whose import closure is the refresh code: the table registry and everything it imports. */
export const REFRESH_CODE = "loaders/refresh/derivedTables.ts";

/** What a system's derived tables depend on, and the stamp that sums it up. */
export interface RefreshStamp {
  stamp: string;
  code: string;
  env: Record<string, string | null>;
  inputs: RefreshInput[];
}

/**
 * The stamp of one system's refresh: a sha256 over the refresh code (the import closure of derivedTables.ts and
 * package-lock.json, codeStamp: remembered while no file of it changed), the environment variables the tables read, and every input file: the system's ingest manifests
 * and the outputs they list, its decisions, outcomes and quarantine files, its contract and cost model, and the repository
 * files the tables name (`repoInputs`, e.g. models/registry.json). An input's sha256 is taken from the previous
 * manifest when its size and modification time are unchanged, so an up-to-date check reads no data file.
 *
 * @example const {stamp} = await refreshStamp({root, dir, paths, repoInputs: ["models/registry.json"], env: []});
 */
export async function refreshStamp({
  root,
  dir,
  paths,
  repoInputs,
  env,
  previous
}: {
  root: string;
  dir: string;
  paths: SystemPaths;
  repoInputs: readonly string[];
  env: readonly string[];
  previous?: RefreshManifest;
}): Promise<RefreshStamp> {
  const code = await codeStamp(root, REFRESH_CODE, ["package-lock.json"]);
  // each manifest and its outputs in the ingest generation the manifest belongs to (committed as one set)
  const ingested = new Set<string>();
  for (const m of readdirSync(paths.dir).filter((f) => f === "manifest.json" || f.endsWith(".manifest.json"))) {
    const manifest = realpathSync(join(paths.dir, m));
    ingested.add(manifest);
    for (const o of (JSON.parse(await readFile(manifest, "utf8")) as Manifest).outputs)
      ingested.add(join(dirname(manifest), o.file));
  }
  for (const file of [paths.decisions, paths.outcomes, paths.quarantine])
    if (file !== undefined && existsSync(file)) ingested.add(realpathSync(file));
  const files: [string, string][] = [...ingested].filter((f) => existsSync(f)).map((f) => [f, relative(dir, f)]);
  for (const file of [paths.contract, paths.costs]) if (existsSync(file)) files.push([file, relative(root, file)]);
  for (const file of repoInputs) files.push([join(root, file), file]);
  const known = new Map(previous?.inputs.map((i) => [i.file, i]));
  const inputs: RefreshInput[] = [];
  for (const [path, file] of files.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
    const {size, mtimeMs} = statSync(path);
    const seen = known.get(file);
    const sha256 =
      seen && seen.bytes === size && seen.mtimeMs === mtimeMs ? seen.sha256 : (await sha256File(path)).sha256;
    inputs.push({file, bytes: size, mtimeMs, sha256});
  }
  const values = Object.fromEntries([...env].sort().map((name) => [name, process.env[name] ?? null]));
  const version = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {version: string}).version;
  const stamp = createHash("sha256")
    .update(JSON.stringify({version, code, env: values, inputs: inputs.map(({file, sha256}) => [file, sha256])}))
    .digest("hex");
  return {stamp, code, env: values, inputs};
}
