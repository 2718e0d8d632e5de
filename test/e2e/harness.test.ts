import assert from "node:assert/strict";
import {describe, it} from "node:test";
import type {Page} from "playwright-core";
import {fixtureSite} from "./fixtureSite.js";
import {expectCharts, expectedCharts} from "./site.js";

// The harness must catch each kind of problem, so each fixture page below commits exactly one.
const chart = `<figure><svg width="120" height="60"><rect width="50" height="40"></rect></svg></figure>`;
// A stand-in for an Observable runtime (same constructor call shape) with one value that settles after 1.5 s,
// later than the network goes idle (500 ms after the last request).
const slowRuntime = `<script>
  Object.defineProperties({}, {_computing: {value: null}, _variables: {value: new Set([{_promise:
    new Promise((resolve) => setTimeout(() => resolve(document.body.dataset.settled = "yes"), 1500))}])}});
</script>`;
const fixtures: Record<string, string> = {
  "ok.html": `<p>fine</p>${chart}`,
  "console-error.html": `<script>console.error("boom")</script>${chart}`,
  "page-error.html": `<script>throw new Error("kaput")</script>${chart}`,
  "missing.html": `<img src="nope.png" alt="">${chart}`,
  "external.html": `<img src="http://example.com/x.png" alt="">${chart}`,
  "cell-error.html": `<div class="observablehq--error">RuntimeError: x is not defined</div>${chart}`,
  "no-charts.html": `<p>prose only</p><div data-expect-charts="0"></div>`,
  "two-charts.html": `${chart}<div data-expect-charts="2"></div>`,
  "bad-marker.html": `<div data-expect-charts="some"></div>`,
  "empty-chart.html": `<figure><svg width="120" height="60"></svg></figure>`,
  "slow.html": `${slowRuntime}<p>slow</p>`
};
const {skip, site} = fixtureSite(fixtures, "workbench-harness-");

function withFixture<T>(path: string, fn: (page: Page) => Promise<T>): Promise<T> {
  return site().withPage(path, fn);
}

describe("withPage(path, fn)", {skip}, () => {
  it("passes a clean page and returns what fn returns", async () => {
    assert.equal(await withFixture("/ok.html", (page) => page.locator("p").textContent()), "fine");
  });
  for (const [path, problem] of [
    ["/console-error.html", /console error: boom/],
    ["/page-error.html", /page error: .*kaput/],
    ["/missing.html", /HTTP 404: http:\/\/127\.0\.0\.1:\d+\/nope\.png/],
    ["/external.html", /request left 127\.0\.0\.1 \(blocked\): http:\/\/example\.com\/x\.png/],
    ["/cell-error.html", /cell error: RuntimeError: x is not defined/]
  ] as const) {
    it(`fails ${path} with ${problem.source}`, async () => {
      await assert.rejects(
        withFixture(path, async () => undefined),
        problem
      );
    });
  }
  it("reports the problems seen when fn itself throws", async () => {
    const failing = withFixture("/console-error.html", async () => assert.fail("fn failed"));
    await assert.rejects(failing, /fn failed[\s\S]*console error: boom/);
  });
  it("waits for every runtime value to settle before running fn", async () => {
    const settled = await withFixture("/slow.html", (page) => page.evaluate(() => document.body.dataset.settled));
    assert.equal(settled, "yes");
  });
});

describe("expectCharts(page)", {skip}, () => {
  it("accepts a page with one rendered chart, and one that opts out with data-expect-charts=0", async () => {
    await withFixture("/ok.html", (page) => expectCharts(page));
    await withFixture("/no-charts.html", (page) => expectCharts(page));
  });
  it("fails a page without charts, or with an empty svg", async () => {
    await assert.rejects(
      withFixture("/no-charts.html", (page) => expectCharts(page, 1, 500)),
      /\/no-charts\.html: expected at least 1 chart\(s\), found 0/
    );
    await assert.rejects(
      withFixture("/empty-chart.html", (page) => expectCharts(page, undefined, 500)),
      /expected at least 1 chart\(s\), found 0/
    );
  });
  it("reads the largest data-expect-charts value and rejects a non-number", async () => {
    assert.equal(await withFixture("/two-charts.html", (page) => expectedCharts(page)), 2);
    await assert.rejects(
      withFixture("/two-charts.html", (page) => expectCharts(page, undefined, 500)),
      /expected at least 2 chart\(s\), found 1/
    );
    await assert.rejects(
      withFixture("/bad-marker.html", (page) => expectedCharts(page)),
      /invalid data-expect-charts: some/
    );
  });
});
