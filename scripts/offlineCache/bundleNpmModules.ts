import * as esbuild from "esbuild";
import {sep} from "node:path";
import {cacheModulePath} from "./cacheModulePath.js";
import {installedPackage, type InstalledPackage} from "./installedPackage.js";
import {parseBareSpecifier} from "./parseBareSpecifier.js";
import {relativeImport} from "./relativeImport.js";

/** One ES module for Framework's npm cache. */
export interface NpmModule {
  /** Path relative to `.observablehq/cache/_npm/`, e.g. `d3-array@3.2.4/_esm.js`. */
  path: string;
  contents: string;
  /** The installed package it was built from. */
  package: InstalledPackage;
}

interface Pending {
  file: string;
  path: string;
  package: InstalledPackage;
}

const INNER = Symbol("inner resolve");

const baseOptions = {
  bundle: true,
  write: false,
  platform: "browser",
  format: "esm",
  logLevel: "silent",
  define: {"process.env.NODE_ENV": JSON.stringify("production")}
} satisfies esbuild.BuildOptions;

/**
 * Bundles each specifier in `entries` (resolved from `resolveDir` with browser conditions) into one ES module
 * per package, the way jsDelivr's `+esm` does for Framework: ES module dependencies stay external, imported
 * by the relative path of their own cache module (which is bundled in turn), while CommonJS dependencies and
 * anything reached through `require()` are inlined. A package imported through two specifiers that resolve to
 * the same file gets one module.
 *
 * @throws {Error} `entry is not an ES module: <spec> (<file>)`; esbuild's errors, with the module path.
 * @example
 * const modules = await bundleNpmModules(["htl"], process.cwd());
 * modules.map((m) => m.path); // => ["htl@0.3.1/_esm.js"]
 */
export async function bundleNpmModules(entries: readonly string[], resolveDir: string): Promise<NpmModule[]> {
  const pathByFile = new Map<string, string>();
  const claimed = new Set<string>();
  const queue: Pending[] = [];
  const enqueue = (file: string, pkg: InstalledPackage, subpath: string): string => {
    let path = pathByFile.get(file);
    if (path === undefined) {
      path = cacheModulePath(pkg.name, pkg.version, subpath);
      pathByFile.set(file, path);
      if (!claimed.has(path)) queue.push({file, path, package: pkg});
      claimed.add(path);
    }
    return path;
  };

  for (const spec of entries) {
    const file = await resolveSpecifier(spec, resolveDir);
    if ((await formatOf(file)) !== "esm") throw new Error(`entry is not an ES module: ${spec} (${file})`);
    enqueue(file, installedPackage(file), parseBareSpecifier(spec).subpath);
  }

  const modules: NpmModule[] = [];
  while (queue.length > 0) {
    const batch = queue.splice(0);
    modules.push(...(await Promise.all(batch.map((pending) => bundleOne(pending, enqueue)))));
  }
  return modules.sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function bundleOne(
  pending: Pending,
  enqueue: (file: string, pkg: InstalledPackage, subpath: string) => string
): Promise<NpmModule> {
  const externalize: esbuild.Plugin = {
    name: "externalize-esm-packages",
    setup(build) {
      build.onResolve({filter: /^[^./]/}, async (args) => {
        if (args.pluginData === INNER || args.kind === "entry-point") return undefined;
        const {resolveDir, importer, kind, namespace} = args;
        const resolved = await build.resolve(args.path, {resolveDir, importer, kind, namespace, pluginData: INNER});
        if (resolved.errors.length > 0 || resolved.external || !isInstalledFile(resolved)) return undefined;
        const dep = installedPackage(resolved.path);
        const inline =
          dep.dir === pending.package.dir ||
          kind === "require-call" ||
          kind === "require-resolve" ||
          (await formatOf(resolved.path)) !== "esm";
        if (inline) return {path: resolved.path, sideEffects: resolved.sideEffects};
        const target = enqueue(resolved.path, dep, parseBareSpecifier(args.path).subpath);
        return {path: relativeImport(pending.path, target), external: true};
      });
    }
  };
  try {
    const result = await esbuild.build({
      ...baseOptions,
      entryPoints: [pending.file],
      minify: true,
      plugins: [externalize]
    });
    return {path: pending.path, contents: result.outputFiles[0].text, package: pending.package};
  } catch (error) {
    throw new Error(`cannot bundle ${pending.path} from ${pending.file}: ${(error as Error).message}`, {cause: error});
  }
}

function isInstalledFile(resolved: esbuild.ResolveResult): boolean {
  return resolved.namespace === "file" && resolved.path.includes(`${sep}node_modules${sep}`);
}

/** Resolves a bare specifier to a file exactly as the bundles do (browser platform, import conditions). */
async function resolveSpecifier(spec: string, resolveDir: string): Promise<string> {
  let file: string | undefined;
  const capture: esbuild.Plugin = {
    name: "capture-resolution",
    setup(build) {
      build.onResolve({filter: /.*/}, async (args) => {
        if (args.pluginData === INNER) return undefined;
        const resolved = await build.resolve(args.path, {resolveDir, kind: args.kind, pluginData: INNER});
        if (resolved.errors.length > 0) throw new Error(`cannot resolve ${spec} from ${resolveDir}`);
        file = resolved.path;
        return {path: args.path, external: true};
      });
    }
  };
  await esbuild.build({
    ...baseOptions,
    stdin: {contents: `import ${JSON.stringify(spec)};`, resolveDir},
    plugins: [capture]
  });
  if (file === undefined) throw new Error(`cannot resolve ${spec} from ${resolveDir}`);
  return file;
}

const formats = new Map<string, Promise<esbuild.Metafile["inputs"][string]["format"]>>();

/** The module format esbuild detects in a file on its own (`"esm"`, `"cjs"`, or undefined for neither). */
function formatOf(file: string): Promise<esbuild.Metafile["inputs"][string]["format"]> {
  let format = formats.get(file);
  if (format === undefined) {
    const allExternal: esbuild.Plugin = {
      name: "all-external",
      setup(build) {
        build.onResolve({filter: /.*/}, (args) =>
          args.kind === "entry-point" ? undefined : {path: args.path, external: true}
        );
      }
    };
    format = esbuild
      .build({...baseOptions, entryPoints: [file], metafile: true, plugins: [allExternal]})
      .then((result) => Object.values(result.metafile.inputs)[0]?.format);
    formats.set(file, format);
  }
  return format;
}
