import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {browserSkipReason, waitForCells, withPage} from "./site.js";

// Multivariate and label drift on the Drift page, on the bundled sample: credit-line's planted episode (May 2026)
// raises the PCA reconstruction error above its band in the four whole weeks from 2026-05-04 and nowhere else, and
// the default rate among labelled decisions rises (label drift) from the week of 2026-04-27.
const card = (page: Page, heading: RegExp) =>
  page.locator(".card").filter({has: page.getByRole("heading", {name: heading})});

test(
  "/drift shows multivariate and label drift for the planted episode only",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/drift.html", async (page) => {
      const multivariate = card(page, /Multivariate drift: PCA reconstruction error/);
      await multivariate.locator("svg").first().waitFor();
      // 4 reference weeks drawn hollow (white), every other week filled: red when drifted
      const red = await multivariate.locator('g[aria-label="dot"] circle[fill="#d62728"]').count();
      assert.equal(red, 4);
      assert.equal(await multivariate.locator('g[aria-label="dot"][fill="white"] circle').count(), 4);
      assert.match(await multivariate.innerText(), /In 2026-05-\d\d: multivariate drift/);

      const labels = card(page, /^defaulted$/);
      const drifted = await labels.locator('g[aria-label="dot"] circle[fill="#d62728"]').count();
      assert.equal(drifted, 5); // 2026-04-27 … 2026-05-25

      // a quiet week: no multivariate drift
      await page.getByLabel("Week").selectOption("2026-03-16");
      await waitForCells(page);
      await multivariate.getByText("In 2026-03-16: no multivariate drift.").waitFor();
    })
);
