import {parseBareSpecifier} from "./parseBareSpecifier.js";

/**
 * Package names of every `npm:` specifier written as a string literal in `source` (`"npm:d3"`,
 * `'npm:sql.js/dist/'`, `` `npm:@observablehq/sample-datasets/aapl.csv` ``), sorted and unique. Used on
 * Framework's client bundle, which asks for a version of each library it might load even if no page uses it.
 *
 * @throws {Error} `invalid bare specifier: <spec>` if a literal after `npm:` is not a package specifier.
 * @example
 * findNpmNames(`import("npm:lodash"); import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm")`);
 * // => ["@duckdb/duckdb-wasm", "lodash"]
 */
export function findNpmNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/(["'`])npm:([^"'`\s]+)\1/g)) names.add(parseBareSpecifier(match[2]).name);
  return [...names].sort();
}
