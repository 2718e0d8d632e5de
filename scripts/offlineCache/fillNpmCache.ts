import {copyFile, mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {bundleNpmModules} from "./bundleNpmModules.js";
import {findDuplicateVersions, type LockPackages} from "./findDuplicateVersions.js";
import {findNpmNames} from "./findNpmNames.js";
import {hashInputs, isStampCurrent, type OfflineStamp} from "./offlineStamp.js";
import {parseBareSpecifier} from "./parseBareSpecifier.js";

export interface FillNpmCacheOptions {
  /** Directory holding package.json, package-lock.json and node_modules. */
  projectDir: string;
  /** Framework's source root, relative to projectDir (`src`): the cache is `<root>/.observablehq/cache`. */
  root: string;
  /** Bare specifiers bundled as ES modules, with their ES module dependencies. */
  entries: readonly string[];
  /** Package files copied as they are (wasm, workers): `@duckdb/duckdb-wasm/dist/duckdb-eh.wasm`. */
  rawFiles: readonly string[];
  /** Files whose contents decide whether the cache is current (package-lock.json and these scripts). */
  stampInputs: readonly string[];
  /** Progress lines (the CLI sends them to stderr). */
  log: (line: string) => void;
}

export interface FillNpmCacheResult {
  /** True when the stamp matched and nothing was done. */
  upToDate: boolean;
  modules: number;
  rawFiles: number;
  placeholders: number;
}

/** Version given to the empty folders of libraries Framework's client names but we do not build. */
export const PLACEHOLDER_VERSION = "0.0.0-offline";

/** Name of the stamp file in the cache folder (outside `_npm/`, whose entries Framework reads as packages). */
export const STAMP_FILE = "offline-npm-stamp.json";

/**
 * Fills Framework's npm cache (`<root>/.observablehq/cache/_npm/`) from node_modules so that `observable build`
 * and `observable preview` never fetch from the CDN or the registry:
 * 1. fails if an entry package is installed in two versions (Framework would pick the higher one);
 * 2. bundles the entries with `bundleNpmModules` and writes each module at its cache path;
 * 3. copies the raw files to `<name>@<version>/<path>`;
 * 4. creates an empty `<name>@0.0.0-offline/` folder for every other `npm:<name>` literal in Framework's client
 *    code, so version resolution finds something locally instead of asking the registry;
 * 5. writes a stamp; a later run with the same inputs and all files present does nothing.
 * `_npm/` is deleted first, so versions that left the lockfile cannot linger and win.
 *
 * @throws {Error} `two versions of an entry package installed: …`; bundling errors.
 */
export async function fillNpmCache(options: FillNpmCacheOptions): Promise<FillNpmCacheResult> {
  const {projectDir, root, entries, rawFiles, log} = options;
  const cacheDir = join(projectDir, root, ".observablehq", "cache");
  const npmDir = join(cacheDir, "_npm");
  const stampFile = join(cacheDir, STAMP_FILE);
  const hash = hashInputs(options.stampInputs.map((f) => join(projectDir, f)));
  if (isStampCurrent(stampFile, cacheDir, hash)) return {upToDate: true, modules: 0, rawFiles: 0, placeholders: 0};

  const lock = JSON.parse(await readFile(join(projectDir, "package-lock.json"), "utf-8")) as {packages?: LockPackages};
  const names = [...entries, ...rawFiles].map((s) => parseBareSpecifier(s).name);
  const duplicates = findDuplicateVersions(lock.packages ?? {}, names);
  if (duplicates.length > 0) {
    const lines = duplicates.map((d) => `${d.name}: ${d.versions.join(", ")} (${d.paths.join(", ")})`);
    throw new Error(`two versions of an entry package installed; pin one with "overrides":\n  ${lines.join("\n  ")}`);
  }

  await rm(stampFile, {force: true});
  await rm(npmDir, {recursive: true, force: true});
  const written: string[] = [];
  const built = new Set<string>();

  const modules = await bundleNpmModules(entries, projectDir);
  for (const module of modules) {
    await writeOutput(npmDir, module.path, module.contents);
    written.push(`_npm/${module.path}`);
    built.add(module.package.name);
  }
  log(`bundled ${modules.length} modules from node_modules`);

  for (const spec of rawFiles) {
    const {name, subpath} = parseBareSpecifier(spec);
    const packageDir = join(projectDir, "node_modules", name);
    const {version} = JSON.parse(await readFile(join(packageDir, "package.json"), "utf-8")) as {version: string};
    const path = `${name}@${version}/${subpath}`;
    await mkdir(dirname(join(npmDir, path)), {recursive: true});
    await copyFile(join(packageDir, subpath), join(npmDir, path));
    written.push(`_npm/${path}`);
    built.add(name);
  }
  log(`copied ${rawFiles.length} raw files`);

  const clientDir = join(projectDir, "node_modules", "@observablehq", "framework", "dist", "client");
  const placeholders = (await frameworkNpmNames(clientDir)).filter((name) => !built.has(name));
  for (const name of placeholders) {
    const path = `${name}@${PLACEHOLDER_VERSION}`;
    await mkdir(join(npmDir, path), {recursive: true});
    written.push(`_npm/${path}`);
  }
  log(`created ${placeholders.length} empty ${PLACEHOLDER_VERSION} folders for unused libraries`);

  const stamp: OfflineStamp = {hash, files: written};
  await writeFile(stampFile, `${JSON.stringify(stamp, null, 1)}\n`);
  return {upToDate: false, modules: modules.length, rawFiles: rawFiles.length, placeholders: placeholders.length};
}

async function writeOutput(dir: string, path: string, contents: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), {recursive: true});
  await writeFile(join(dir, path), contents);
}

/** Every package named by an `npm:` literal in the `.js` files of Framework's client folder. */
async function frameworkNpmNames(clientDir: string): Promise<string[]> {
  const names = new Set<string>();
  const files = (await readdir(clientDir, {recursive: true})).filter((f) => f.endsWith(".js"));
  if (files.length === 0) throw new Error(`no client code in ${clientDir}`);
  for (const file of files) {
    for (const name of findNpmNames(await readFile(join(clientDir, file), "utf-8"))) names.add(name);
  }
  return [...names].sort();
}
