import {posix} from "node:path";

/**
 * The relative import specifier that module `from` must write to import module `to`, both given as
 * POSIX paths under one root (`@observablehq/plot@0.6.17/_esm.js` → `d3@7.9.0/_esm.js` gives
 * `../../d3@7.9.0/_esm.js`). Always starts with `./` or `../`, as browsers require.
 *
 * @throws {Error} `invalid module path: <path>` for absolute paths or paths that climb out of the root.
 * @example
 * relativeImport("d3@7.9.0/_esm.js", "d3-array@3.2.4/_esm.js"); // => "../d3-array@3.2.4/_esm.js"
 */
export function relativeImport(from: string, to: string): string {
  for (const path of [from, to]) {
    if (path.startsWith("/") || posix.normalize(path).startsWith("..")) throw new Error(`invalid module path: ${path}`);
  }
  const relative = posix.relative(posix.dirname(posix.normalize(from)), posix.normalize(to));
  return relative.startsWith("../") ? relative : `./${relative}`;
}
