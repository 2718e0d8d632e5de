import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, expectCharts, withPage} from "./site.js";

const skip = browserSkipReason();

// The sample's June latency step (credit-line, from 2026-06-10: model latency × 1.4, every segment alike) is not a
// population change; `workbench explain` says so too (test/e2e/explain.test.ts).
test(
  "/explain decomposes the window pair of its address and calls the June latency step a within-segment change",
  {skip, timeout: 120_000},
  () =>
    withPage(
      "/explain.html?system=credit-line&metric=latency_p95&from=2026-05-10..2026-06-10&to=2026-06-10..2026-07-01",
      async (page) => {
        await expectCharts(page);
        const summary = page.locator("#explain-summary");
        await summary.waitFor({timeout: 30_000});
        assert.equal(await summary.getAttribute("data-verdict"), "within");
        assert.match(await summary.innerText(), /^Not a population change: share of latency_ms above/);
        assert.equal(await page.locator('#explain-result svg g[aria-label="bar"] rect').count(), 3 * 8);
      }
    )
);

test(
  "/spc links each episode of a rate to its explanation, and the link decomposes the outage",
  {skip, timeout: 120_000},
  () =>
    withPage("/spc.html", async (page) => {
      await expectCharts(page);
      const outage = page.locator("#spc-episodes li", {hasText: "2026-05-21 to 2026-05-23"}).first();
      await outage.waitFor({timeout: 15_000});
      const href = await outage.locator("a.spc-explain").getAttribute("href");
      assert.match(
        href ?? "",
        /^\.\/explain\.html\?system=credit-line&metric=fallback_rate&from=2026-01-31\.\.\d{4}-\d\d-\d\d&to=2026-05-21\.\.2026-05-24$/
      );
      await outage.locator("a.spc-explain").click();
      const summary = page.locator("#explain-summary");
      await summary.waitFor({timeout: 30_000});
      // the outage hit every segment: the fallback rate rose within segments, not through the population
      assert.equal(await summary.getAttribute("data-verdict"), "within");
    })
);

test(
  "/drift lists every column of the week in one table, drifting first, and links the week to its explanation",
  {skip, timeout: 120_000},
  () =>
    withPage("/drift.html", async (page) => {
      await expectCharts(page);
      const table = page.locator("#drift-table table");
      await table.waitFor({timeout: 15_000});
      const results = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
      const firstOk = results.indexOf("ok");
      assert.ok(firstOk > 0 && results.slice(firstOk).every((r) => r !== "drift"), results.join(","));
      // the config's per-column tests (data/alerts.yaml) judge income and channel
      assert.match(await table.innerText(), /income\s+drift\s+PSI \(config\)/);
      assert.match(
        (await page.locator("#drift-explain").getAttribute("href")) ?? "",
        /^\.\/explain\.html\?system=credit-line&metric=positive_rate&from=2026-02-02\.\.2026-03-02&to=/
      );
    })
);

test(
  "/fairness prints the disparity values, states the metric guide, and draws the grid and the model comparison",
  {skip, timeout: 180_000},
  () =>
    withPage("/fairness.html", async (page) => {
      await expectCharts(page);
      const values = page.locator('#fairness-disparity g[aria-description="value"] text');
      await values.first().waitFor({timeout: 30_000});
      assert.match((await values.first().textContent()) ?? "", /^\d+\.\d\d$/);
      assert.match(await page.locator("#fairness-guide").innerText(), /false negative rate parity/);
      const grid = page.locator("#fairness-grid svg");
      await grid.first().waitFor({timeout: 30_000});
      // credit-line: the recommended metrics (FNR, selection rate) × sex, age band, ethnicity; group_c fails (finding 3)
      assert.equal(await grid.locator('rect[aria-label="pass"], rect[aria-label="fail"]').count(), 6);
      assert.match((await grid.first().textContent()) ?? "", /group_c/);
      const comparison = page.locator("#fairness-comparison svg");
      await comparison.first().waitFor({timeout: 30_000});
      assert.equal(await comparison.locator('g[aria-description="model"] circle').count(), 2);
    })
);

test(
  "/models and /shadow draw the CBPE bands and the champion-challenger comparison",
  {skip, timeout: 120_000},
  async () => {
    await withPage("/models.html", async (page) => {
      await expectCharts(page);
      const card = page.locator("#models-cbpe-bands");
      await card.locator('g[aria-description="estimated band"] rect').first().waitFor({timeout: 15_000});
      assert.ok((await card.locator('g[aria-description="threshold"] line').count()) >= 1);
    });
    await withPage("/shadow.html", async (page) => {
      await expectCharts(page);
      const chart = page.locator("#shadow-comparison svg");
      await chart.first().waitFor({timeout: 15_000});
      assert.equal(await chart.locator('g[aria-description="variant"] path').count(), 2);
    });
  }
);
