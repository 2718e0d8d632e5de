import assert from "node:assert/strict";
import {test} from "node:test";
import {printReport} from "./printChecks.js";
import {browserSkipReason, expectCharts, withPage} from "./site.js";

/** The budget for what the ROI page transfers, in bytes. */
const BUDGET = 1.5e6;

test(
  "/roi renders headline, narrative and 7 charts with no errors; ≤ 1.5 MB transferred, no DuckDB-wasm, no Parquet; prints to PDF",
  {skip: browserSkipReason(), timeout: 120_000},
  (t) =>
    withPage("/roi.html", async (page) => {
      await expectCharts(page, 7);
      assert.match((await page.locator('[data-roi="net-value"]').textContent()) ?? "", /^−?€[\d.,]+[KM]?$/);
      assert.match((await page.locator('[data-roi="cost-per-decision"]').textContent()) ?? "", /^€[\d.,]+ → €[\d.,]+$/);
      assert.match((await page.locator('[data-roi="payback"]').textContent()) ?? "", /^\d+(\.\d)? (days?|months)/);
      const narrative = await page.locator(".roi-narrative p").allTextContents();
      assert.ok(narrative.length >= 5, `narrative paragraphs: ${narrative.length}`);
      assert.match(narrative[0], /^Since automated decisions went live on /);
      // the tornado chart: two bars (assumption lowered, raised) per cost assumption, the top one the widest
      const tornado = page.locator("figure", {hasText: "assumption −25%"}).locator("g[aria-label=bar] rect");
      const widths = await tornado.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
      assert.ok(widths.length >= 6 && widths.length % 2 === 0, `tornado bars: ${widths.length}`);
      assert.equal(await page.locator("table.roi-before-after tbody tr").count(), 11);

      // what the page transferred, as the browser measured it (Resource Timing: bytes over the wire)
      const entries = await page.evaluate(() =>
        [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
          name: e.name,
          bytes: (e as PerformanceResourceTiming).transferSize
        }))
      );
      const total = entries.reduce((n, e) => n + e.bytes, 0);
      t.diagnostic(`/roi transferred ${total} bytes in ${entries.length} requests`);
      assert.ok(total <= BUDGET, `transferred ${total} bytes > ${BUDGET}`);
      assert.ok(total > 10_000, `implausibly small transfer: ${total}`);
      const offending = entries.filter((e) => /duckdb|\.parquet|\.arrow/i.test(e.name)).map((e) => e.name);
      assert.deepEqual(offending, [], "DuckDB-wasm or row-level files requested");

      // print: sidebar and system picker hidden; charts redrawn for A4 so no text prints under 8 pt; no more pages
      // than the content needs (no half-empty page left by a forced break)
      await page.emulateMedia({media: "print"});
      assert.equal(await page.locator("#observablehq-sidebar").evaluate((e) => getComputedStyle(e).display), "none");
      await page.emulateMedia({media: "screen"});
      const print = await printReport(page);
      t.diagnostic(`/roi prints to ${print.pages} A4 pages; its content needs ${print.neededPages}`);
      assert.deepEqual(print.smallText, []);
      assert.ok(print.pages >= 3, `PDF pages: ${print.pages}`);
      assert.ok(print.pages <= print.neededPages, `${print.pages} pages for ${print.neededPages} pages of content`);
    })
);
