import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";

/**
 * The URL path of every page in a Framework build folder: each `.html` file except the root `404.html` and
 * files under `_`-prefixed folders (Framework's assets), as the URL a plain static host serves it at
 * (`index.html` → `/`, `drift.html` → `/drift.html`, `monitoring/index.html` → `/monitoring/`), sorted.
 *
 * @throws {Error} `no build at <dir>: run npm run build` when the folder does not exist.
 * @example
 * discoverPages("dist"); // => ["/", "/drift.html", "/monitoring/"]
 */
export function discoverPages(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no build at ${dir}: run npm run build`);
  const files = readdirSync(dir, {recursive: true, encoding: "utf-8"}).map((f) => f.split("\\").join("/"));
  return files
    .filter((f) => f.endsWith(".html") && f !== "404.html" && !f.split("/").some((s) => s.startsWith("_")))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
}

/** The build folder the e2e tests serve: `dist/` at the project root. */
export const DIST_DIR = join(import.meta.dirname, "..", "..", "dist");
