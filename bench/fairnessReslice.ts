/**
 * Browser benchmark of the Fairness page's re-slice at scale (issue 5): serves a built site whose credit-line
 * fairness Parquet is replaced by N rows (default 1,000,000: the sample's rows repeated, ordered by time), opens
 * /fairness in headless Chromium and changes controls R times, reading the page's own timing of each re-slice
 * (`data-reslice-ms`: DuckDB-wasm GROUP BY + analyzeSlice; `data-query-ms`: the query alone).
 *
 *   npm run build && node --import tsx bench/fairnessReslice.ts [--rows 1000000] [--repeats 9] [--dist dist]
 *
 * Prints one JSON document with the medians; paste the numbers into bench/RESULTS.md.
 */
import {cpSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {parseArgs} from "../loaders/cli/args.js";
import {flagInt, flagString} from "../loaders/cli/args.js";
import {openDb} from "../loaders/db/openDb.js";
import {sqlLiteral} from "../loaders/db/sqlLiteral.js";
import {DIST_DIR, openSite, waitForCells} from "../test/e2e/site.js";
import type {Page} from "playwright-core";

const args = parseArgs(process.argv.slice(2));
const rows = flagInt(args, "rows", 1_000_000);
const repeats = flagInt(args, "repeats", 9);
const dist = resolve(flagString(args, "dist", DIST_DIR));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// A copy of the site as a tree of symlinks, with the credit-line fairness rows replaced by `rows` rows.
const work = mkdtempSync(join(tmpdir(), "fairness-bench-"));
const site = join(work, "dist");
cpSync(dist, site, {recursive: true, dereference: false, verbatimSymlinks: false, filter: () => true});
const dataDir = join(site, "_file", "data");
const file = readdirSync(dataDir).find((f) => /^fairness-credit-line\.[0-9a-f]+\.parquet$/.test(f));
if (!file) throw new Error(`no fairness-credit-line parquet in ${dataDir}: build the site first`);
const source = join(dist, "_file", "data", file);
const db = await openDb();
await db.run(`COPY (
  SELECT r.* FROM read_parquet(${sqlLiteral(source)}) r, range(ceil(${rows} / (SELECT count(*) FROM read_parquet(${sqlLiteral(source)})))::BIGINT) t(i)
  ORDER BY decided_at LIMIT ${rows}
) TO ${sqlLiteral(join(dataDir, file))} (FORMAT parquet, COMPRESSION zstd)`);
const [{n}] = await db.all<{n: number}>(
  `SELECT count(*)::DOUBLE AS n FROM read_parquet(${sqlLiteral(join(dataDir, file))})`
);
db.close();
process.stderr.write(`fairness bench: ${n} rows in ${file}\n`);

const form = (page: Page, label: string) => page.locator("form").filter({hasText: label});
const timing = async (page: Page) => {
  await waitForCells(page, 120_000);
  const p = page.locator(".reslice");
  return {total: Number(await p.getAttribute("data-reslice-ms")), query: Number(await p.getAttribute("data-query-ms"))};
};

const server = await openSite(site);
const result = await server.withPage(
  "/fairness",
  async (page) => {
    const first = await timing(page);
    const text = await page.locator(".reslice").innerText();
    const metrics = ["true positive rate", "false positive rate", "selection rate", "precision"];
    const measure = async (label: string) => {
      const totals: number[] = [];
      const queries: number[] = [];
      for (let i = 0; i < repeats; ++i) {
        await form(page, "Metric")
          .locator("select")
          .selectOption({label: metrics[i % metrics.length]});
        const t = await timing(page);
        totals.push(t.total);
        queries.push(t.query);
      }
      return {label, median_ms: median(totals), median_query_ms: median(queries), runs_ms: totals};
    };
    const withBootstrap = await measure("metric change, bootstrap 500 resamples on");
    await form(page, "Bootstrap").locator("input").uncheck();
    await timing(page);
    const without = await measure("metric change, bootstrap off");
    const attributes: number[] = [];
    for (const attribute of ["sex", "age_band"]) {
      await form(page, "Protected attribute").getByLabel(attribute, {exact: true}).check();
      attributes.push((await timing(page)).total);
      await form(page, "Protected attribute").getByLabel(attribute, {exact: true}).uncheck();
      attributes.push((await timing(page)).total);
    }
    return {
      page: text,
      first_slice_ms: first.total,
      runs: [withBootstrap, without],
      attribute_change_median_ms: median(attributes)
    };
  },
  {settleTimeout: 300_000}
);
await server.close();
rmSync(work, {recursive: true, force: true});
process.stdout.write(JSON.stringify({rows: n, repeats, ...result}, null, 2) + "\n");
