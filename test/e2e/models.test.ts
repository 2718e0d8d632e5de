import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {printReport} from "./printChecks.js";
import {browserSkipReason, expectCharts, waitForCells, withPage} from "./site.js";

const registry = JSON.parse(readFileSync("models/registry.json", "utf8")) as {
  models: {name: string; version: string}[];
};
const ids = registry.models.map((m) => `${m.name}@${m.version}`);

// The Models page on the bundled sample: a card for every registered version (printed one to a page), the metrics
// chart with realised, estimated and validation series, the planted findings in the generated limitations.
test(
  "/models renders a model card per registered version, realised and estimated metrics, and prints one card a page",
  {skip: browserSkipReason(), timeout: 180_000},
  (t) =>
    withPage("/models.html", async (page) => {
      await expectCharts(page, 3);
      // every registered version has a card in the print container
      const printed = await page
        .locator(".models-print article.model-card")
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-model")));
      assert.deepEqual(printed, ids);
      for (const section of ["purpose", "data", "metrics", "fairness", "limitations", "approval"])
        assert.equal(await page.locator(`.models-print [data-section="${section}"]`).count(), ids.length, section);

      // the metrics chart (credit-line, ROC AUC, months): realised and estimated lines and dots, a validation rule
      // per version; estimates reach the last month, which has no outcomes yet
      // the card of the metrics chart: the CBPE band card below has series of the same names
      const chart = page.locator(".card", {has: page.getByRole("heading", {name: "Metrics over time"})});
      const dots = (series: string) => chart.locator(`g[aria-description="${series}"] circle`).count();
      const realised = await dots("realised");
      const estimated = await dots("estimated");
      assert.ok(realised >= 5, `realised dots: ${realised}`);
      assert.ok(estimated > realised, `estimated ${estimated} vs realised ${realised}`);
      assert.equal(await chart.locator('g[aria-description="estimated"] path').count(), 2);
      assert.equal(await chart.locator('g[aria-description="realised"] path').count(), 2);
      assert.equal(await chart.locator('g[aria-description="validation"] line').count(), 2);
      // credit-lr went live on 2026-01-31: its January is one day, drawn apart and labelled, not on the line
      assert.equal(await chart.locator('g[aria-description="partial"] circle').count(), 1);
      assert.match((await page.locator('svg[class^="plot"]', {hasText: "1 day live"}).count()).toString(), /^[1-9]/);
      await page.getByRole("radio", {name: "week"}).check();
      await waitForCells(page);
      assert.ok((await dots("estimated")) > 3 * estimated, "weekly windows");

      // the shown card follows the version select; the planted findings are in the generated limitations
      const shown = page.locator(".card article.model-card");
      assert.equal(await shown.getAttribute("data-model"), ids[0]);
      const limitations = async () =>
        (await shown.locator('[data-section="limitations"] li').allTextContents()).join("\n");
      await page.getByLabel("Version").selectOption({label: "credit-gbdt@2.0.0"});
      await waitForCells(page);
      assert.equal(await shown.getAttribute("data-model"), "credit-gbdt@2.0.0");
      assert.match(await limitations(), /Ranks age_band=65\+ worse: live ROC AUC 0\.7\d\d against 0\.8\d\d overall/);
      await page.getByLabel("Version").selectOption({label: "credit-lr@1.0.0"});
      await waitForCells(page);
      assert.equal(await shown.getAttribute("data-model"), "credit-lr@1.0.0");
      assert.match(await limitations(), /Selects ethnicity=group_c at 0\.\d+, 0\.\d+ of ethnicity=group_a/);
      assert.doesNotMatch(await limitations(), /Ranks /);
      assert.equal(await shown.locator('[data-section="approval"] tbody tr').count(), 2);

      // print: only the cards, each starting a page
      await page.emulateMedia({media: "print"});
      assert.equal(await page.locator("#observablehq-sidebar").isVisible(), false);
      assert.equal(await shown.isVisible(), false);
      assert.equal(await page.locator("#observablehq-main > h1").isVisible(), false);
      assert.equal(await page.locator(".models-print article.model-card").first().isVisible(), true);
      const breaks = await page
        .locator(".models-print article.model-card")
        .evaluateAll((cards) => cards.map((c) => getComputedStyle(c).breakBefore));
      assert.deepEqual(breaks, ["auto", ...ids.slice(1).map(() => "page")]);
      const pdf = await page.pdf({format: "A4"});
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      t.diagnostic(`/models prints ${ids.length} cards to ${pages} A4 pages`);
      assert.equal(pages, ids.length);
      await page.emulateMedia({media: "screen"});
      assert.deepEqual((await printReport(page)).smallText, [], "printed text under 8 pt");
    })
);
