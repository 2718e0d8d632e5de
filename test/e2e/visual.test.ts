import assert from "node:assert/strict";
import {test} from "node:test";
import {pageName, states} from "../../scripts/screenshots/states.js";
import {browserSkipReason, discoverPages, DIST_DIR, expectCharts, waitForCells, withPage} from "./site.js";
import {startStaticServer} from "./staticServer.js";
import {
  blankTickLabels,
  marksOutsideFrame,
  navigationLinks,
  overflowingText,
  templateOrEpochText
} from "./visualChecks.js";

// Visual sanity of every page as a reader first sees it, and of the states `npm run screenshots` captures after an
// interaction: charts draw their marks inside their frame and label every axis tick, no unfilled template or epoch number shows, no text
// overflows its cell or card, and every navigation link resolves on a static host that guesses no extension.
const pages = discoverPages(DIST_DIR);
const skip = browserSkipReason();
/** The navigation links seen on the pages (collected by the page tests, fetched by the last test). */
const links = new Set<string>();

/** Every visual problem of the page as it is now. */
async function visualProblems(page: Parameters<typeof marksOutsideFrame>[0]): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return [
    ...(await marksOutsideFrame(page)),
    ...(await blankTickLabels(page)),
    ...(await templateOrEpochText(page)),
    ...(await overflowingText(page))
  ];
}

for (const path of pages) {
  test(
    `${path} looks right: marks inside frames, labelled ticks, no template or epoch text, no overflowing text`,
    {skip, timeout: 180_000},
    () =>
      withPage(path, async (page) => {
        await expectCharts(page);
        for (const link of await navigationLinks(page)) links.add(new URL(link).pathname);
        assert.deepEqual(await visualProblems(page), []);
      })
  );
  for (const state of states.filter((s) => s.page === pageName(path))) {
    test(`${path} after "${state.name}" still looks right`, {skip, timeout: 180_000}, () =>
      withPage(path, async (page) => {
        await state.act(page);
        await waitForCells(page, 120_000);
        assert.deepEqual(await visualProblems(page), []);
      })
    );
  }
}

test(
  "every sidebar and pager link resolves on a static host that guesses no extension",
  {skip, timeout: 180_000},
  async () => {
    assert.ok(links.size >= pages.length, `found ${links.size} links for ${pages.length} pages`);
    const server = await startStaticServer(DIST_DIR);
    try {
      const broken: string[] = [];
      for (const link of links) {
        const response = await fetch(`${server.origin}${link}`);
        if (response.status !== 200) broken.push(`${link}: HTTP ${response.status}`);
      }
      assert.deepEqual(broken, []);
    } finally {
      await server.close();
    }
  }
);
