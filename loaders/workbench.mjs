/**
 * How `npm run -s workbench` starts the CLI (loaders/cli.ts): from a JavaScript bundle of it, built with esbuild
 * when missing or out of date, so a command does not pay for tsx compiling and resolving its modules one by one on
 * every start (about 0.4 s of CPU). The bundle (one chunk per command; node_modules left external but for
 * @duckdb/node-api and yaml, CommonJS that Node would resolve and scan file by file: about 0.1 s more) is written to
 * `.tmp/cli-<id>/` (gitignored; two levels deep, as every source file is, so `new URL("../..", import.meta.url)` is
 * still the repository), and `.tmp/cli.json` names it with the size and modification time of every file it was built
 * from; the bundle is fresh while every one is unchanged (and esbuild, Node and tsconfig.json are the same).
 * `WORKBENCH_BUNDLE=0`, or no esbuild (a production install), runs loaders/cli.ts through tsx instead, as before.
 * Plain JavaScript: it runs before anything can compile TypeScript.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TMP = join(ROOT, ".tmp");
export const META = join(TMP, "cli.json");
const ENTRY = "loaders/cli.ts";
/** Files a build depends on besides its inputs. */
const ALSO = ["tsconfig.json", "loaders/workbench.mjs"];

/** The fingerprint of one file: [path from the repository, bytes, modification time], or null when it is gone. */
function fingerprint(file) {
  try {
    const {size, mtimeMs} = statSync(join(ROOT, file));
    return [file, size, mtimeMs];
  } catch {
    return null;
  }
}

/** The bundle's entry file when `.tmp/cli.json` describes a bundle built from the files as they are now, else null. */
export function freshBundle(esbuildVersion) {
  let meta;
  try {
    meta = JSON.parse(readFileSync(META, "utf8"));
  } catch {
    return null;
  }
  if (meta.esbuild !== esbuildVersion || meta.node !== process.version) return null;
  const entry = join(TMP, meta.dir, "cli.mjs");
  if (!existsSync(entry)) return null;
  for (const [file, size, mtimeMs] of meta.inputs) {
    const now = fingerprint(file);
    if (!now || now[1] !== size || now[2] !== mtimeMs) return null;
  }
  return entry;
}

/** Packages bundled into the CLI (the rest of node_modules is imported from there at run time). */
const BUNDLED = ["@duckdb/node-api", "yaml"];

/** An esbuild plugin marking every package import external but those named in `bundled`. */
function externalPackages(bundled) {
  return {
    name: "external-packages",
    setup(build) {
      build.onResolve({filter: /^[^./]/}, ({path}) => {
        if (path.startsWith("node:")) return {external: true};
        const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
        return bundled.includes(name) ? undefined : {external: true};
      });
    }
  };
}

/**
 * Bundles loaders/cli.ts into a new `.tmp/cli-<id>/` and points `.tmp/cli.json` at it (written whole, then renamed,
 * so a concurrent start reads the old or the new bundle, never half of one); of the older bundles the 10 newest are
 * kept, and any from the last day.
 */
export async function buildBundle(esbuild) {
  mkdirSync(TMP, {recursive: true});
  const dir = `cli-${Date.now().toString(36)}-${process.pid}`;
  const start = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // node_modules stay external but for BUNDLED: CommonJS packages every command loads, which Node would otherwise
    // resolve file by file and scan for their exports on every start
    plugins: [externalPackages(BUNDLED)],
    // what a bundled CommonJS module requires of an external package (@duckdb/node-bindings: a native addon)
    banner: {
      js: `import {createRequire as __workbenchRequire} from "node:module"; const require = __workbenchRequire(import.meta.url);`
    },
    outdir: join(TMP, dir),
    outExtension: {".js": ".mjs"},
    entryNames: "cli",
    sourcemap: "linked",
    metafile: true,
    logLevel: "error"
  });
  const inputs = [...new Set([...ALSO, ...Object.keys(result.metafile.inputs)])].sort().map(fingerprint);
  // a file gone, or changed while the build read it: this bundle is used once, and built again next time
  if (inputs.some((i) => !i || i[2] >= start)) inputs.push(["(changed during the build)", -1, -1]);
  const meta = {dir, esbuild: esbuild.version, node: process.version, inputs: inputs.filter(Boolean)};
  const temporary = `${META}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify(meta));
  renameSync(temporary, META);
  // old bundles go, but not the 10 newest nor any built in the last day: a long run (a 100M refresh) may still import
  // a chunk of the bundle it started from
  const builds = readdirSync(TMP)
    .filter((d) => d.startsWith("cli-") && d !== dir)
    .map((d) => ({d, t: fingerprint(join(".tmp", d))?.[2] ?? Date.now()})) // removed meanwhile: left alone
    .sort((a, b) => b.t - a.t);
  for (const {d, t} of builds.slice(9))
    if (Date.now() - t > 86400e3) rmSync(join(TMP, d), {recursive: true, force: true});
  return join(TMP, dir, "cli.mjs");
}

/** The file to run: the fresh bundle, a new one, or null for tsx (WORKBENCH_BUNDLE=0, or esbuild not installed). */
async function bundle() {
  if (process.env.WORKBENCH_BUNDLE === "0") return null;
  let esbuild;
  try {
    // esbuild's version without loading esbuild (its package.json), so a fresh start stays cheap
    const version = JSON.parse(readFileSync(join(ROOT, "node_modules/esbuild/package.json"), "utf8")).version;
    const fresh = freshBundle(version);
    if (fresh) return fresh;
    esbuild = await import("esbuild");
  } catch {
    return null;
  }
  return buildBundle(esbuild);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entry = await bundle();
  if (entry) {
    if (process.argv.includes("--debug") || process.env.WORKBENCH_DEBUG === "1") process.setSourceMapsEnabled(true);
    await import(pathToFileURL(entry).href);
  } else {
    const {register} = await import("tsx/esm/api");
    register();
    await import(pathToFileURL(join(ROOT, ENTRY)).href);
  }
}
