import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, expectCharts, withPage} from "./site.js";

const skip = browserSkipReason();

// The sample plants a model-service outage on credit-line days 140–142 = 2026-05-21 .. 2026-05-23
// (loaders/generate/plan.ts, PLAN["credit-line"].outage): fallback rate ≈ 35 % against ≈ 0.4 % normally.
test(
  "/spc charts the credit-line fallback rate and lists the planted outage with its dates",
  {skip, timeout: 120_000},
  () =>
    withPage("/spc.html", async (page) => {
      await expectCharts(page);
      // the default series: credit-line, fallback rate, by day, from go-live (2026-01-31): 150 days, of which the
      // three outage days (≈ 35 %) are off the scale that keeps the ≈ 0.4 % limits readable: triangles at the top
      const chart = page.locator('svg[class^="plot-"]').first();
      assert.equal(await chart.locator("circle").count(), 147);
      assert.equal(await chart.locator('g[aria-label="dot"] path').count(), 3);
      assert.match((await chart.textContent()) ?? "", /off the scale: 3 points up to 3\d\.\d%/);
      const red = await chart
        .locator("circle, path")
        .evaluateAll((nodes) => nodes.filter((n) => n.getAttribute("fill") === "#d62728").length);
      assert.ok(red >= 3, `signalling points: ${red}`);
      const episodes = page.locator("#spc-episodes li");
      const outage = episodes.filter({hasText: "2026-05-21 to 2026-05-23"});
      await outage.first().waitFor({timeout: 10_000});
      assert.match(await outage.first().innerText(), /a value beyond the control limits.*\(WE1/);
      // the signals table lists the outage days with the pattern and its meaning
      assert.match(await page.locator("table.signals").first().innerText(), /2026-05-2[123]\s+WE1/);
      // nothing before go-live: no signal from the manual January
      assert.doesNotMatch(await page.locator("main").innerText(), /2026-01-(0|1|2)\d/);

      // switching to the CUSUM chart: its upper sum crosses h on the first outage day and, never reset, stays
      // beyond it (the sample's noise also gives one-day episodes, e.g. 2026-02-27 in the baseline and 2026-05-11)
      await page.getByRole("radio", {name: "CUSUM"}).check();
      await page.locator("svg", {hasText: "Cumulative sum (σ)"}).first().waitFor({timeout: 10_000});
      const cusum = episodes.filter({hasText: /^2026-05-21 to 2026-06-\d\d .*a sustained rise \(CUSUM\)/});
      await cusum.first().waitFor({timeout: 10_000});
      assert.equal(await episodes.filter({hasText: /^2026-05-20/}).count(), 0);
    })
);

// Null rates and drift scores: the Metric picker gathers the per-column series into one family each, and a Column
// picker chooses the member. The sample's planted feature drift (credit-line, May 2026: income among the shifted
// features; see loaders/generate/plan.ts) shows on income's weekly PSI, the same values as the Drift page's.
test(
  "/spc charts a column's null rate by day and a feature's weekly drift PSI with its threshold",
  {skip, timeout: 120_000},
  () =>
    withPage("/spc.html", async (page) => {
      await expectCharts(page);
      const metric = page.getByRole("combobox", {name: "Metric"});
      const circles = (n: number) =>
        page.waitForFunction((n) => document.querySelectorAll('svg[class^="plot-"] circle').length === n, n, {
          timeout: 10_000
        });

      await metric.selectOption({label: "null rate (per column)"});
      await page.getByRole("combobox", {name: "Column"}).selectOption({label: "reviewer_id"});
      await page.getByRole("heading", {name: "reviewer_id null rate: credit-line, by day"}).waitFor({timeout: 10_000});
      await circles(150); // a p-chart point per day from go-live (2026-01-31) to the end of the sample
      assert.match(await page.locator(".card").first().innerText(), /Share of decisions where reviewer_id is null/);

      await metric.selectOption({label: "drift PSI (per column)"});
      await page.getByRole("combobox", {name: "Column"}).selectOption({label: "income"});
      await page.getByRole("heading", {name: "income PSI: credit-line, by week"}).waitFor({timeout: 10_000});
      // drift scores are weekly only: the bucket switched to week, one point per ISO week of the sample
      assert.equal(await page.getByRole("radio", {name: "week"}).isChecked(), true);
      assert.equal(await page.getByRole("radio", {name: "day"}).count(), 0);
      await circles(22); // the ISO weeks from go-live: 2026-02-02 to 2026-06-29
      const chart = page.locator('svg[class^="plot-"]', {hasText: "threshold 0.1"});
      await chart.first().waitFor({timeout: 10_000});
      // the planted drift weeks are beyond the individuals limits of the default baseline (Feb 2 – Mar 23)
      const drift = page.locator("#spc-episodes li").filter({hasText: /^2026-04-27 to 2026-05-25/});
      await drift.first().waitFor({timeout: 10_000});
      assert.match(await drift.first().innerText(), /a value beyond the control limits/);
    })
);
