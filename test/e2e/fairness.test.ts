import assert from "node:assert/strict";
import {test} from "node:test";
import type {Page} from "playwright-core";
import {browserSkipReason, expectCharts, waitForCells, withPage} from "./site.js";

// The Fairness page on the bundled sample: the planted unfair segment (credit-line, ethnicity group_c) is found,
// and the controls re-slice the row-level decisions in DuckDB-wasm.
const skip = browserSkipReason();
const form = (page: Page, label: string) => page.locator("form").filter({hasText: label});

test("/fairness finds the planted segment and re-slices on every control", {skip, timeout: 180_000}, () =>
  withPage("/fairness.html", async (page) => {
    await expectCharts(page, 6);
    const summary = page.locator(".fairness-summary");
    assert.match(await summary.innerText(), /group_c is outside the band \[0\.80, 1\.25\]: selection rate/);
    // the disparity chart: one dot per ethnicity, group_c's in the "outside" colour
    assert.equal(await page.locator("#fairness-disparity svg circle").count(), 4);
    assert.equal(await page.locator('#fairness-disparity svg circle[stroke="#d62728"]').count(), 1);
    assert.equal(await page.locator("#fairness-table tbody tr").count(), 4);
    assert.match(await page.locator("#fairness-table tr.outside").innerText(), /group_c/);
    const reslice = page.locator(".reslice");
    assert.ok(Number(await reslice.getAttribute("data-reslice-ms")) > 0);

    // a wider band: group_c's ratios (0.78 selection, 0.73 FPR) are inside [0.7, 1.43]
    await form(page, "τ (band").locator("input[type=number]").fill("0.7");
    await waitForCells(page);
    assert.match(await summary.innerText(), /Every group is inside the band \[0\.70, 1\.43\]/);

    // another attribute, then an intersection: the table follows
    await form(page, "Protected attribute").getByLabel("sex", {exact: true}).check();
    await form(page, "Protected attribute").getByLabel("ethnicity", {exact: true}).uncheck();
    await waitForCells(page);
    assert.match(await reslice.innerText(), /by sex in/);
    assert.equal(await page.locator("#fairness-table tbody tr").count(), 3);
    await form(page, "Protected attribute").getByLabel("ethnicity", {exact: true}).check();
    await waitForCells(page);
    assert.match(await reslice.innerText(), /by sex × ethnicity in/);
    assert.equal(await page.locator("#fairness-table tbody tr").count(), 12);

    // the score at a threshold: decisions without a score (manual baseline, fallback) are left out
    await form(page, "Prediction").getByLabel("score at the threshold").check();
    await waitForCells(page);
    assert.match(await reslice.innerText(), /without a score are left out/);
    await expectCharts(page, 6);
  })
);
