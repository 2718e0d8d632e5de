import assert from "node:assert/strict";
import {test} from "node:test";
import {browserSkipReason, discoverPages, DIST_DIR, expectCharts, runtimeCount, withPage} from "./site.js";

// Every page of the build: it must render its charts (at least one, unless the page says otherwise with
// `<div data-expect-charts="N"></div>`) with no console error, page error, HTTP error, cell error or
// request leaving 127.0.0.1.
const pages = discoverPages(DIST_DIR);
const skip = browserSkipReason();

test("the build has a home page", () => {
  assert.ok(pages.includes("/"), `pages found in ${DIST_DIR}: ${pages.join(", ")}`);
});

for (const path of pages) {
  test(`${path} renders its charts with no errors and no request leaving 127.0.0.1`, {skip, timeout: 120_000}, () =>
    withPage(path, async (page) => {
      assert.equal(await runtimeCount(page), 1, "the harness must see Framework's runtime to wait for its cells");
      await expectCharts(page);
    })
  );
}
