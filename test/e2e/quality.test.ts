import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {browserSkipReason, expectCharts, waitForCells, withPage} from "./site.js";

// The Data quality page on the bundled sample. credit-line's planted drift episode raises volume by 25 % on days
// 120–149 = 2026-05-01 .. 2026-05-30 (loaders/generate/dailyCounts.ts): exactly those days are volume anomalies;
// fraud-screen has no volume episode. 8 % of outcomes are never observed (PLAN.outcomes.neverObserved): decisions
// older than 90 days without one are overdue. Every ingested file matches its manifest.
const card = (page: Page, heading: RegExp) =>
  page.locator(".card").filter({has: page.getByRole("heading", {name: heading})});

test(
  "/quality flags the planted volume episode and updates on system and grain",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/quality.html", async (page) => {
      await expectCharts(page, 4);
      const volume = card(page, /^decisions per day$/);
      await volume.getByText(/30 anomalous days in 1 episode: 2026-05-01 to 2026-05-30 \(high\)/).waitFor();
      const red = volume.locator('g[aria-label="dot"] circle');
      assert.equal(await red.count(), 30);
      // integrity: overdue and pending decisions, no orphan outcome
      const integrity = card(page, /Decisions and outcomes/);
      assert.match(await integrity.innerText(), /[\d,]+ overdue .* 0 orphan outcomes/s);
      // checksums: every file ok
      await card(page, /Manifest checksums/)
        .getByText(/All 4 ingested files match/)
        .waitFor();
      // null rates: a cell per column with a null and week
      const cells = await card(page, /Null rates/)
        .locator('g[aria-label="cell"] rect')
        .count();
      assert.ok(cells >= 10 * 26, `null-rate cells: ${cells}`);
      // quarantine: the sample's malformed rows, by check
      assert.match(
        await card(page, /Quarantined at ingest/)
          .locator("table")
          .innerText(),
        /income: type/
      );

      // by week: the episode's weeks
      await page.getByRole("radio", {name: "week"}).check();
      await waitForCells(page);
      await card(page, /^decisions per week$/)
        .getByText(/anomalous weeks? in 1 episode: 2026-04-27 to 2026-05-25/)
        .waitFor();

      // fraud-screen: no anomaly
      await page.getByLabel("System").selectOption("fraud-screen");
      await waitForCells(page);
      await card(page, /^decisions per week$/)
        .getByText("No anomalous week.")
        .waitFor();
      assert.match(
        await card(page, /Quarantined at ingest/)
          .locator("table")
          .innerText(),
        /amount: minimum/
      );
    })
);
