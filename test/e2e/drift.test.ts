import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {browserSkipReason, waitForCells, withPage} from "./site.js";

// The Drift page on the bundled sample: credit-line's planted drift episode (a new partner, days 120–149 = May 2026)
// is flagged, a quiet week is not, and choosing a system, week or feature updates everything below it.
const heading = (page: Page, text: RegExp) => page.getByRole("heading", {name: text});
/** The text of the option chosen in the select labelled `label` (Inputs.select's values are option indices). */
const chosen = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");

test(
  "/drift flags the planted episode and updates on system, week and feature",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/drift.html", async (page) => {
      // default: the week with the largest drifted share, with its most drifted feature
      await heading(page, /credit-line: reference 2026-02-02/).waitFor();
      const features = page.locator("p", {hasText: /drifted\.$/}).first();
      assert.match((await features.textContent()) ?? "", /In 2026-05-\d\d: .*income.*channel/);
      // the heatmap has one cell per feature and week, and a dot per drifted cell
      const heatmap = page.locator('svg:has(g[aria-label="cell"])').first();
      const cells = await heatmap.locator('g[aria-label="cell"] rect').count();
      const dots = await heatmap.locator('g[aria-label="dot"] circle').count();
      assert.ok(cells >= 16 * 20, `cells: ${cells}`);
      assert.ok(dots >= 4 * 6 && dots < cells / 5, `dots: ${dots}`);
      // a quiet week: nothing drifted
      await page.getByLabel("Week").selectOption("2026-03-16");
      await waitForCells(page);
      await page.getByText("In 2026-03-16: no feature drifted.").waitFor();
      // a feature: the test explanation follows it, named in full
      await page.getByLabel("Feature").selectOption("channel");
      await waitForCells(page);
      await heading(page, /channel in the week of 2026-03-16/).waitFor();
      await page.getByText(/Jensen–Shannon distance: .* → no drift/).waitFor();
      // another week keeps the chosen feature
      await page.getByLabel("Week").selectOption("2026-05-18");
      await waitForCells(page);
      await heading(page, /channel in the week of 2026-05-18/).waitFor();
      assert.equal(await chosen(page, "Feature"), "channel");
      // a click on a heatmap cell opens that feature and week
      await page.locator('[data-drift-cell="income@2026-05-04"]').click();
      await waitForCells(page);
      await heading(page, /income in the week of 2026-05-04/).waitFor();
      assert.equal(await chosen(page, "Week"), "2026-05-04");
      assert.equal(await chosen(page, "Feature"), "income");
      // another system: its own reference and episode
      await page.getByLabel("System").selectOption("fraud-screen");
      await waitForCells(page);
      await heading(page, /fraud-screen: reference/).waitFor();
      assert.match(
        (await page
          .locator("p", {hasText: /drifted\.$/})
          .first()
          .textContent()) ?? "",
        /In 2026-0[45]-\d\d: .*merchant_category/
      );
    })
);
