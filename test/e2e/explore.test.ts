import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, expectCharts, waitForCells, withPage} from "./site.js";

// The Explore page: the default query (weekly volume per system) gives a line per system; typing another query and
// pressing Run updates the table and picks another chart (bars for a category and a number); a bad query is shown as
// text, not as a failed cell.
test(
  "/explore runs typed SQL over the published tables and charts the result",
  {skip: browserSkipReason(), timeout: 180_000},
  () =>
    withPage("/explore.html", async (page) => {
      await expectCharts(page, 1);
      const result = page.locator(".card").filter({has: page.getByRole("heading", {name: "Result"})});
      await result.getByText(/rows\. Chart: decisions over week, one line per system/).waitFor();
      assert.equal(await result.locator('g[aria-label="line"] path').count(), 2);
      // the table of tables lists every registered table
      const tables = page.locator(".card").filter({has: page.getByRole("heading", {name: "Tables"})});
      for (const name of ["quality_volume", "drift_features", "profiles", "spc_series"])
        assert.match(await tables.innerText(), new RegExp(name));

      const sql = page.getByLabel("SQL");
      await sql.fill(
        "SELECT system, count(*) FILTER (WHERE drifted)::INTEGER AS drifted_weeks FROM drift_windows GROUP BY system ORDER BY system"
      );
      await page.getByRole("button", {name: "Run"}).click();
      await waitForCells(page);
      await result.getByText("2 rows. Chart: drifted_weeks by system (a category and a number).").waitFor();
      assert.equal(await result.locator('g[aria-label="bar"] rect').count(), 2);
      const rows = result.locator("table tbody tr");
      assert.equal(await rows.count(), 2);
      assert.match(await rows.first().innerText(), /credit-line\s+4/);

      await sql.fill("SELECT * FROM no_such_table");
      await page.getByRole("button", {name: "Run"}).click();
      await waitForCells(page);
      await result.getByText(/Query failed:.*no_such_table/).waitFor();
    })
);
