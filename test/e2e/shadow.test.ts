import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, waitForCells, withPage} from "./site.js";

// The Shadow page on the bundled sample: the planted finding (credit-gbdt better overall, worse for age band 65+)
// is stated by the recommendation with its evidence, the charts follow the segment, and fraud-screen differs.
test(
  "/shadow shows the planted shadow finding and reacts to system, segment and window",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/shadow.html", async (page) => {
      const recommendation = page.locator("[data-recommendation]");
      assert.equal(await recommendation.getAttribute("data-recommendation"), "hold");
      // the evidence, every number with its unit: AUC to three decimals, rates in %, value in euros
      const evidence = await page.locator("table.evidence tbody tr").allInnerTexts();
      assert.ok(
        evidence.some((l) => /^ROC AUC\s+overall\s+0\.\d{3}\s+0\.\d{3}\s+\+0\.\d{3} \(/.test(l)),
        evidence.join("\n")
      );
      assert.ok(
        evidence.some((l) => /^value per decision\s+age_band=65\+\s+€[\d.]+\s+€[\d.]+\s+−€/.test(l)),
        evidence.join("\n")
      );
      assert.ok(
        evidence.some((l) => /^false-decline rate\s+age_band=65\+\s+[\d.]+%\s+[\d.]+%\s+\+[\d.]+ pp/.test(l)),
        evidence.join("\n")
      );
      assert.match(await recommendation.innerText(), /group × metric differences/);
      // the per-group delta chart of age band has a dot per metric and group
      const dots = await page.locator('svg g[aria-label="dot"] circle').count();
      assert.ok(dots >= 5 * 5, `dots: ${dots}`);
      // the latency is measured on a fixed sample, and says so with its n (credit-line has more than 10,000 of each)
      const latency = await page.getByText(/^Inference per decision/).innerText();
      assert.match(latency, /the 10,000 of each model with the smallest MD5 of their decision id/);
      assert.match(latency, /100\.00% of 10,000 and 100\.00% of 10,000 replayed rows/);
      // another segment
      await page.getByLabel("Segment").selectOption("sex");
      await waitForCells(page);
      await page.getByRole("heading", {name: /^by sex \(a protected attribute/}).waitFor();
      // a window: one month
      await page.getByLabel("Window").selectOption("2026-06");
      await waitForCells(page);
      assert.match((await page.locator("[data-recommendation]").textContent()) ?? "", /2026-06/);
      // fraud-screen: the challenger is not better
      await page.getByLabel("System").selectOption("fraud-screen");
      await waitForCells(page);
      assert.equal(await page.locator("[data-recommendation]").getAttribute("data-recommendation"), "keep champion");
    })
);
