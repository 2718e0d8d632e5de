import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, waitForCells, withPage} from "./site.js";

// The Replay page on the bundled sample: onnxruntime-web (wasm served by the site) reproduces every sampled
// logged decision of the production and shadow models, reports rows per second, and the what-ifs react.
const attr = async (page: import("playwright-core").Page, selector: string, name: string) =>
  Number(await page.locator(selector).first().getAttribute(name));

test(
  "/replay reproduces 100 % of sampled decisions in the browser and runs what-ifs",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/replay.html", async (page) => {
      for (const system of ["credit-line", "fraud-screen"]) {
        await page.getByLabel("System").selectOption(system);
        await waitForCells(page);
        assert.equal(await attr(page, "[data-reproduced-share]", "data-reproduced-share"), 1, `${system} production`);
        assert.equal(
          await attr(page, "[data-shadow-reproduced-share]", "data-shadow-reproduced-share"),
          1,
          `${system} shadow`
        );
        const speeds = await page
          .locator("[data-rows-per-second]")
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-rows-per-second"))));
        assert.equal(speeds.length, 2);
        assert.ok(
          speeds.every((s) => s > 1000),
          `rows per second: ${speeds}`
        );
        await page
          .getByText("None: every sampled logged score and decision is what the registered model gives.")
          .waitFor();
      }
      // one decision: moving the feature changes the score
      await page.getByLabel("System").selectOption("credit-line");
      await waitForCells(page);
      const before = await attr(page, "[data-what-if-after]", "data-what-if-after");
      assert.equal(before, await attr(page, "[data-what-if-before]", "data-what-if-before"), "no edit: same score");
      const income = page.getByLabel(/New income/).first();
      const current = Number(await income.inputValue());
      await income.fill(String(Math.round(current / 3)));
      await income.dispatchEvent("input");
      await waitForCells(page);
      assert.notEqual(
        await attr(page, "[data-what-if-after]", "data-what-if-after"),
        before,
        "lower income, another score"
      );
      // a segment: a lower threshold changes decisions
      assert.equal(await attr(page, "[data-segment-changed]", "data-segment-changed"), 0);
      const threshold = page.getByLabel("Threshold").first();
      await threshold.fill("0.1");
      await threshold.dispatchEvent("input");
      await waitForCells(page);
      assert.ok((await attr(page, "[data-segment-changed]", "data-segment-changed")) > 0);
      // the challenger replay renders its flip matrix
      assert.ok((await page.locator('svg g[aria-label="cell"] rect').count()) >= 4);
    })
);
