/** A bare module specifier split into package name and subpath. */
export interface BareSpecifier {
  /** Package name, with its scope if any: `d3-array`, `@duckdb/duckdb-wasm`. */
  name: string;
  /** Path inside the package without a leading slash; `""` for the package's main entry. */
  subpath: string;
}

/**
 * Splits a bare specifier (`d3`, `@scope/pkg/sub/path`) into package name and subpath, the way Node and
 * npm read it: a scoped name takes two segments, any other name one.
 *
 * Source: Node.js ESM resolution, "PACKAGE_RESOLVE" (https://nodejs.org/api/esm.html#resolution-algorithm).
 * Version ranges (`d3@7`) are not accepted: the cache is filled from installed packages only.
 *
 * @throws {Error} `invalid bare specifier: <spec>` for relative, absolute, URL-like or empty specifiers, or
 *   a scope without a name.
 * @example
 * parseBareSpecifier("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
 * // => {name: "@duckdb/duckdb-wasm", subpath: "dist/duckdb-eh.wasm"}
 */
export function parseBareSpecifier(spec: string): BareSpecifier {
  if (!/^(@[\w.-]+\/)?[\w.-]+(\/.*)?$/.test(spec) || spec.startsWith(".") || /^[\w.-]+:/.test(spec)) {
    throw new Error(`invalid bare specifier: ${spec}`);
  }
  const parts = spec.split("/");
  const scoped = spec.startsWith("@");
  const name = parts.slice(0, scoped ? 2 : 1).join("/");
  const subpath = parts.slice(scoped ? 2 : 1).join("/");
  if (subpath.split("/").some((s) => s === ".." || s === ".")) throw new Error(`invalid bare specifier: ${spec}`);
  return {name, subpath: subpath.replace(/\/$/, "")};
}
