/**
 * Fills Observable Framework's npm cache from node_modules so builds and previews need no network
 * (see docs/development.md, and scripts/offlineCache/fillNpmCache.ts).
 *
 * Usage: node --import tsx scripts/offlineCache.ts [--root src]
 * Runs from `predev` and `prebuild`. Progress goes to stderr; exit 1 on failure.
 */
import {readdirSync} from "node:fs";
import {relative} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {fillNpmCache} from "./offlineCache/fillNpmCache.js";

/**
 * Libraries Framework loads through `npm:` (implicitly for Plot, d3, htl/html, aq, Arrow, DuckDBClient/sql and
 * FileAttachment's csv/arrow/parquet readers, or from its own client code). `@observablehq/inputs` is not here
 * on purpose: Framework maps `npm:@observablehq/inputs` to its built-in `/_observablehq/stdlib/inputs.js`,
 * bundled from node_modules (it needs `htl` and `isoformat` from this list).
 */
const ENTRIES = [
  "@observablehq/plot",
  "d3",
  "htl",
  "isoformat",
  "arquero",
  "apache-arrow",
  "@duckdb/duckdb-wasm",
  "parquet-wasm",
  "d3-dsv"
] as const;

/** Files Framework's client loads by URL (`import.meta.resolve`), copied byte for byte. */
const RAW_FILES = [
  "@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm",
  "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm",
  "@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js",
  "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js",
  "parquet-wasm/esm/parquet_wasm_bg.wasm"
] as const;

const projectDir = fileURLToPath(new URL("..", import.meta.url));
const scriptDir = fileURLToPath(new URL("./offlineCache/", import.meta.url));

async function main(): Promise<void> {
  const {values} = parseArgs({options: {root: {type: "string", default: "src"}}});
  const started = performance.now();
  const log = (line: string): void => void process.stderr.write(`offline-cache: ${line}\n`);
  const stampInputs = [
    "package-lock.json",
    "scripts/offlineCache.ts",
    ...readdirSync(scriptDir)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => relative(projectDir, `${scriptDir}${f}`))
  ];
  const result = await fillNpmCache({
    projectDir,
    root: values.root,
    entries: ENTRIES,
    rawFiles: RAW_FILES,
    stampInputs,
    log
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(result.upToDate ? `up to date (${seconds} s)` : `filled ${values.root}/.observablehq/cache/_npm in ${seconds} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`offline-cache: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
