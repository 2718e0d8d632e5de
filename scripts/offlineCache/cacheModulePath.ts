/**
 * Path, relative to Framework's `.observablehq/cache/_npm/` folder, of the ES module that stands for
 * `<name>@<version>/<subpath>`: the shape Framework 1.13 writes after a jsDelivr `+esm` download
 * (`npm:d3-array@3.2.4/+esm` → `d3-array@3.2.4/_esm.js`; a subpath `sub` → `d3-array@3.2.4/sub._esm.js`).
 *
 * Source: `resolveNpmImport` and `fromJsDelivrPath` in @observablehq/framework 1.13.4 `dist/npm.js`.
 *
 * @throws {Error} `invalid version: <version>` unless the version is an exact semver (`1.2.3`, `1.2.3-rc.1`),
 *   `invalid subpath: <subpath>` for absolute or `..` subpaths.
 * @example
 * cacheModulePath("@observablehq/plot", "0.6.17", ""); // => "@observablehq/plot@0.6.17/_esm.js"
 * cacheModulePath("d3-array", "3.2.4", "src/bin"); // => "d3-array@3.2.4/src/bin._esm.js"
 */
export function cacheModulePath(name: string, version: string, subpath: string): string {
  if (!/^\d+\.\d+\.\d+([-+][\w.+-]+)?$/.test(version)) throw new Error(`invalid version: ${version}`);
  if (subpath.startsWith("/") || subpath.split("/").includes("..")) throw new Error(`invalid subpath: ${subpath}`);
  return `${name}@${version}/${subpath === "" ? "_esm.js" : `${subpath}._esm.js`}`;
}
