import assert from "node:assert/strict";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {after, describe, it} from "node:test";
import {bundleNpmModules} from "../../scripts/offlineCache/bundleNpmModules.js";
import {cacheModulePath} from "../../scripts/offlineCache/cacheModulePath.js";
import {fillNpmCache, type FillNpmCacheOptions, STAMP_FILE} from "../../scripts/offlineCache/fillNpmCache.js";
import {findDuplicateVersions} from "../../scripts/offlineCache/findDuplicateVersions.js";
import {findNpmNames} from "../../scripts/offlineCache/findNpmNames.js";
import {hashInputs, isStampCurrent} from "../../scripts/offlineCache/offlineStamp.js";
import {parseBareSpecifier} from "../../scripts/offlineCache/parseBareSpecifier.js";
import {relativeImport} from "../../scripts/offlineCache/relativeImport.js";

const scratch = mkdtempSync(join(tmpdir(), "workbench-offline-cache-"));
after(() => rmSync(scratch, {recursive: true, force: true}));

function writeTree(root: string, files: Record<string, string>): string {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), contents);
  }
  return root;
}

const pkg = (name: string, version: string, extra: object = {}): string => JSON.stringify({name, version, ...extra});

/**
 * A miniature node_modules: `app-esm` (ESM) imports the ESM package `lib-esm`, the CommonJS package `lib-cjs`
 * (which itself requires `lib-esm`), its own subpath through its name, and `lib-esm/extra`; `other-esm` uses a
 * nested older copy of `lib-esm`; `only-cjs` is CommonJS.
 */
function fixtureProject(dir: string): string {
  return writeTree(dir, {
    "node_modules/app-esm/package.json": pkg("app-esm", "1.0.0", {
      type: "module",
      exports: {".": "./index.js", "./util": "./util.js"}
    }),
    "node_modules/app-esm/index.js": [
      `import {b} from "lib-esm";`,
      `import {extra} from "lib-esm/extra";`,
      `import cjs from "lib-cjs";`,
      `import {util} from "app-esm/util";`,
      `export const app = () => [b, extra, cjs.c, util, process.env.NODE_ENV];`
    ].join("\n"),
    "node_modules/app-esm/util.js": `export const util = "util";`,
    "node_modules/lib-esm/package.json": pkg("lib-esm", "2.0.0", {
      type: "module",
      exports: {".": "./index.js", "./extra": "./extra.js"}
    }),
    "node_modules/lib-esm/index.js": `export const b = "b2";`,
    "node_modules/lib-esm/extra.js": `export const extra = "extra";`,
    "node_modules/lib-cjs/package.json": pkg("lib-cjs", "3.0.0", {main: "index.js"}),
    "node_modules/lib-cjs/index.js": `module.exports = {c: "c", viaRequire: require("lib-esm").b};`,
    "node_modules/other-esm/package.json": pkg("other-esm", "1.0.0", {type: "module", main: "index.js"}),
    "node_modules/other-esm/index.js": `export {b} from "lib-esm";`,
    "node_modules/other-esm/node_modules/lib-esm/package.json": pkg("lib-esm", "1.5.0", {
      type: "module",
      main: "index.js"
    }),
    "node_modules/other-esm/node_modules/lib-esm/index.js": `export const b = "b1";`,
    "node_modules/only-cjs/package.json": pkg("only-cjs", "1.0.0", {main: "index.js"}),
    "node_modules/only-cjs/index.js": `module.exports = 1;`,
    "node_modules/only-cjs/data.bin": "raw bytes",
    "node_modules/@observablehq/framework/dist/client/main.js": `import("npm:lodash"); import("npm:app-esm");`,
    "node_modules/@observablehq/framework/dist/client/stdlib/x.js": `import.meta.resolve("npm:@scope/thing/file.wasm");`,
    "package-lock.json": JSON.stringify({
      lockfileVersion: 3,
      packages: {
        "": {name: "fixture"},
        "node_modules/app-esm": {version: "1.0.0"},
        "node_modules/lib-esm": {version: "2.0.0"},
        "node_modules/other-esm/node_modules/lib-esm": {version: "1.5.0"}
      }
    }),
    "scripts/stamp-input.ts": "// v1"
  });
}

describe("parseBareSpecifier(spec)", () => {
  it("splits scoped and unscoped names from their subpath", () => {
    assert.deepEqual(parseBareSpecifier("d3"), {name: "d3", subpath: ""});
    assert.deepEqual(parseBareSpecifier("sql.js/dist/"), {name: "sql.js", subpath: "dist"});
    assert.deepEqual(parseBareSpecifier("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"), {
      name: "@duckdb/duckdb-wasm",
      subpath: "dist/duckdb-eh.wasm"
    });
  });
  it("rejects relative, absolute, URL-like and climbing specifiers", () => {
    for (const spec of ["./x", "../x", "/x", "", "node:fs", "https://x.org/y", "@scope", "a/../b"]) {
      assert.throws(
        () => parseBareSpecifier(spec),
        new RegExp(`invalid bare specifier: ${spec.replace(/[.?*+/]/g, "\\$&")}$`)
      );
    }
  });
});

describe("cacheModulePath(name, version, subpath)", () => {
  it("names modules as Framework stores jsDelivr's +esm downloads", () => {
    // Framework 1.13.4 dist/npm.js: resolveNpmImport("d3-array@3.2.4") → /_npm/d3-array@3.2.4/_esm.js,
    // and a subpath "src/bin" (specifier d3-array@3.2.4/src/bin/+esm) → src/bin._esm.js
    assert.equal(cacheModulePath("d3-array", "3.2.4", ""), "d3-array@3.2.4/_esm.js");
    assert.equal(cacheModulePath("d3-array", "3.2.4", "src/bin"), "d3-array@3.2.4/src/bin._esm.js");
    assert.equal(cacheModulePath("@observablehq/plot", "0.6.17", ""), "@observablehq/plot@0.6.17/_esm.js");
    assert.equal(cacheModulePath("x", "1.0.0-rc.1", ""), "x@1.0.0-rc.1/_esm.js");
  });
  it("rejects ranges and climbing subpaths", () => {
    assert.throws(() => cacheModulePath("d3", "^7.9.0", ""), /invalid version: \^7\.9\.0/);
    assert.throws(() => cacheModulePath("d3", "latest", ""), /invalid version: latest/);
    assert.throws(() => cacheModulePath("d3", "7.9.0", "../x"), /invalid subpath: \.\.\/x/);
  });
});

describe("relativeImport(from, to)", () => {
  it("climbs out of scoped and unscoped package folders", () => {
    assert.equal(relativeImport("@observablehq/plot@0.6.17/_esm.js", "d3@7.9.0/_esm.js"), "../../d3@7.9.0/_esm.js");
    assert.equal(relativeImport("d3@7.9.0/_esm.js", "d3-array@3.2.5/_esm.js"), "../d3-array@3.2.5/_esm.js");
    assert.equal(relativeImport("a@1.0.0/src/x._esm.js", "a@1.0.0/_esm.js"), "../_esm.js");
  });
  it("starts a same-folder path with ./", () => {
    assert.equal(relativeImport("a@1.0.0/_esm.js", "a@1.0.0/sub._esm.js"), "./sub._esm.js");
  });
  it("rejects absolute paths and paths outside the root", () => {
    assert.throws(() => relativeImport("/a@1.0.0/_esm.js", "b@1.0.0/_esm.js"), /invalid module path: \/a@1\.0\.0/);
    assert.throws(() => relativeImport("a@1.0.0/_esm.js", "../b/_esm.js"), /invalid module path: \.\.\/b/);
  });
});

describe("findNpmNames(source)", () => {
  it("finds npm: literals in any quotes, once each, sorted", () => {
    const source = `import("npm:lodash"); import.meta.resolve('npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
      const s = \`npm:sql.js/dist/\`; import("npm:lodash"); const t = "not npm:here"; // npm:comment`;
    assert.deepEqual(findNpmNames(source), ["@duckdb/duckdb-wasm", "lodash", "sql.js"]);
  });
  it("finds the libraries Framework 1.13.4's client asks versions for", () => {
    const clientDir = join(import.meta.dirname, "../../node_modules/@observablehq/framework/dist/client");
    const files = readdirSync(clientDir, {recursive: true, encoding: "utf-8"}).filter((f) => f.endsWith(".js"));
    const names = new Set(files.flatMap((f) => findNpmNames(readFileSync(join(clientDir, f), "utf-8"))));
    // dist/client/stdlib/duckdb.js, fileAttachment.js, recommendedLibraries.js
    for (const name of ["@duckdb/duckdb-wasm", "apache-arrow", "parquet-wasm", "d3-dsv", "htl", "lodash", "echarts"]) {
      assert.ok(names.has(name), name);
    }
  });
});

describe("findDuplicateVersions(packages, names)", () => {
  const packages = {
    "": {version: "0.1.0"},
    "node_modules/apache-arrow": {version: "17.0.0"},
    "node_modules/arquero/node_modules/apache-arrow": {version: "16.1.0"},
    "node_modules/x/node_modules/apache-arrow": {version: "17.0.0"},
    "node_modules/d3": {version: "7.9.0"},
    "node_modules/@scope/pkg": {version: "1.0.0"},
    "node_modules/a/node_modules/@scope/pkg": {version: "2.0.0"},
    "packages/local": {link: true}
  };
  it("reports each wanted name installed in two or more versions, with paths", () => {
    assert.deepEqual(findDuplicateVersions(packages, ["apache-arrow", "d3", "@scope/pkg"]), [
      {
        name: "@scope/pkg",
        versions: ["1.0.0", "2.0.0"],
        paths: ["node_modules/@scope/pkg", "node_modules/a/node_modules/@scope/pkg"]
      },
      {
        name: "apache-arrow",
        versions: ["16.1.0", "17.0.0"],
        paths: [
          "node_modules/apache-arrow",
          "node_modules/arquero/node_modules/apache-arrow",
          "node_modules/x/node_modules/apache-arrow"
        ]
      }
    ]);
  });
  it("ignores names not asked for and the same version installed twice", () => {
    assert.deepEqual(findDuplicateVersions(packages, ["d3"]), []);
    assert.deepEqual(
      findDuplicateVersions({...packages, "node_modules/arquero/node_modules/apache-arrow": {version: "17.0.0"}}, [
        "apache-arrow"
      ]),
      []
    );
  });
  it("finds no duplicate entry package in this project's lockfile", () => {
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, "../../package-lock.json"), "utf-8"));
    const entries = ["@observablehq/plot", "d3", "htl", "isoformat", "arquero", "apache-arrow", "@duckdb/duckdb-wasm"];
    assert.deepEqual(findDuplicateVersions(lock.packages, [...entries, "parquet-wasm", "d3-dsv"]), []);
  });
});

describe("hashInputs(files) and isStampCurrent(stampFile, cacheDir, hash)", () => {
  const dir = writeTree(join(scratch, "stamp"), {
    "lock.json": "{}",
    "script.ts": "// a",
    "cache/_npm/x@1.0.0/_esm.js": ""
  });
  const stampFile = join(dir, "cache", "stamp.json");
  it("changes the hash when an input's contents change", () => {
    const files = ["lock.json", "script.ts"].map((f) => join(dir, f));
    const before = hashInputs(files);
    assert.match(before, /^[0-9a-f]{64}$/);
    assert.equal(hashInputs(files), before);
    writeFileSync(join(dir, "script.ts"), "// b");
    assert.notEqual(hashInputs(files), before);
  });
  it("is current only with the same hash and every listed file present", () => {
    assert.equal(isStampCurrent(stampFile, join(dir, "cache"), "h"), false); // no stamp yet
    writeFileSync(stampFile, JSON.stringify({hash: "h", files: ["_npm/x@1.0.0/_esm.js"]}));
    assert.equal(isStampCurrent(stampFile, join(dir, "cache"), "h"), true);
    assert.equal(isStampCurrent(stampFile, join(dir, "cache"), "other"), false);
    rmSync(join(dir, "cache/_npm/x@1.0.0/_esm.js"));
    assert.equal(isStampCurrent(stampFile, join(dir, "cache"), "h"), false);
    writeFileSync(stampFile, "not json");
    assert.equal(isStampCurrent(stampFile, join(dir, "cache"), "h"), false);
  });
});

describe("bundleNpmModules(entries, resolveDir)", () => {
  const project = fixtureProject(join(scratch, "bundle"));
  it("keeps ES module packages external at their cache path and inlines CommonJS and self-imports", async () => {
    const modules = await bundleNpmModules(["app-esm", "other-esm"], project);
    assert.deepEqual(
      modules.map((m) => m.path),
      [
        "app-esm@1.0.0/_esm.js",
        "lib-esm@1.5.0/_esm.js",
        "lib-esm@2.0.0/_esm.js",
        "lib-esm@2.0.0/extra._esm.js",
        "other-esm@1.0.0/_esm.js"
      ]
    );
    const app = modules.find((m) => m.path === "app-esm@1.0.0/_esm.js")?.contents ?? "";
    assert.match(app, /from\s*"\.\.\/lib-esm@2\.0\.0\/_esm\.js"/);
    assert.match(app, /from\s*"\.\.\/lib-esm@2\.0\.0\/extra\._esm\.js"/);
    assert.match(app, /"util"/, "the package's own subpath is inlined");
    assert.match(app, /\{c:"c",viaRequire:/, "the CommonJS dependency is inlined");
    assert.match(app, /"production"/, "process.env.NODE_ENV is defined");
    assert.doesNotMatch(app, /from\s*"lib-cjs"|process\.env/);
    // lib-cjs's require("lib-esm") cannot be an external import: that copy of lib-esm is inlined
    assert.match(app, /="b2"/);
    // other-esm resolves its own nested copy of lib-esm
    const other = modules.find((m) => m.path === "other-esm@1.0.0/_esm.js")?.contents ?? "";
    assert.match(other, /from\s*"\.\.\/lib-esm@1\.5\.0\/_esm\.js"/);
  });
  it("refuses a CommonJS entry, whose named exports a browser import could not see", async () => {
    await assert.rejects(
      bundleNpmModules(["only-cjs"], project),
      /entry is not an ES module: only-cjs \(.*only-cjs\/index\.js\)/
    );
  });
  it("names the specifier it cannot resolve", async () => {
    await assert.rejects(bundleNpmModules(["missing-package"], project), /cannot resolve missing-package from /);
  });
});

describe("fillNpmCache(options)", () => {
  const project = fixtureProject(join(scratch, "fill"));
  const lines: string[] = [];
  const options: FillNpmCacheOptions = {
    projectDir: project,
    root: "src",
    entries: ["app-esm"],
    rawFiles: ["only-cjs/data.bin"],
    stampInputs: ["package-lock.json", "scripts/stamp-input.ts"],
    log: (line) => void lines.push(line)
  };
  const npmDir = join(project, "src/.observablehq/cache/_npm");

  it("writes modules, raw files and empty placeholder folders, then skips work while the stamp holds", async () => {
    mkdirSync(join(npmDir, "stale@9.9.9"), {recursive: true});
    const first = await fillNpmCache(options);
    assert.deepEqual(first, {upToDate: false, modules: 3, rawFiles: 1, placeholders: 2});
    assert.equal(existsSync(join(npmDir, "stale@9.9.9")), false, "old cache entries are removed");
    assert.equal(readFileSync(join(npmDir, "only-cjs@1.0.0/data.bin"), "utf-8"), "raw bytes");
    assert.ok(existsSync(join(npmDir, "app-esm@1.0.0/_esm.js")));
    // placeholders for the client's npm: names that were not built: lodash and @scope/thing (app-esm was built)
    assert.deepEqual(readdirSync(join(npmDir, "lodash@0.0.0-offline")), []);
    assert.deepEqual(readdirSync(join(npmDir, "@scope/thing@0.0.0-offline")), []);
    assert.equal(existsSync(join(npmDir, "app-esm@0.0.0-offline")), false);
    assert.equal(existsSync(join(npmDir, STAMP_FILE)), false, "the stamp is outside _npm/, which Framework lists");
    assert.deepEqual(await fillNpmCache(options), {upToDate: true, modules: 0, rawFiles: 0, placeholders: 0});
  });
  it("rebuilds when a stamp input changes or a cached file is gone", async () => {
    writeFileSync(join(project, "scripts/stamp-input.ts"), "// v2");
    assert.equal((await fillNpmCache(options)).upToDate, false);
    rmSync(join(npmDir, "lib-esm@2.0.0/_esm.js"));
    assert.equal((await fillNpmCache(options)).upToDate, false);
    assert.ok(existsSync(join(npmDir, "lib-esm@2.0.0/_esm.js")));
  });
  it("fails when an entry package is installed in two versions, naming them", async () => {
    writeFileSync(join(project, "scripts/stamp-input.ts"), "// v3");
    await assert.rejects(
      fillNpmCache({...options, entries: ["app-esm", "lib-esm"]}),
      /two versions of an entry package installed[\s\S]*lib-esm: 1\.5\.0, 2\.0\.0/
    );
  });
});
