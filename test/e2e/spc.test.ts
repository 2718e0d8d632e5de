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
    withPage("/spc", async (page) => {
      await expectCharts(page);
      // the default series: credit-line, fallback rate, by day: one point per day of the 180-day sample
      const points = page.locator('svg[class^="plot-"] circle');
      assert.equal(await points.count(), 180);
      const violating = await points.evaluateAll(
        (nodes) => nodes.filter((n) => n.getAttribute("fill") === "#d62728").length
      );
      assert.ok(violating >= 3, `WE1 points: ${violating}`);
      const episodes = page.locator("#spc-episodes li");
      const outage = episodes.filter({hasText: "2026-05-21 to 2026-05-23"});
      await outage.first().waitFor({timeout: 10_000});
      assert.match(await outage.first().innerText(), /1 point beyond 3σ/);
      // the violations table lists the outage days with the rule in plain words
      assert.match(await page.locator("table").first().innerText(), /2026-05-2[123]/);

      // switching to the CUSUM chart: its upper sum crosses h on the first outage day
      await page.getByRole("radio", {name: "CUSUM"}).check();
      await page.locator("svg", {hasText: "cumulative sum (σ)"}).first().waitFor({timeout: 10_000});
      const cusum = episodes.filter({hasText: "CUSUM upper sum beyond h"});
      await cusum.first().waitFor({timeout: 10_000});
      assert.match(await cusum.first().innerText(), /^2026-05-21/);
    })
);
