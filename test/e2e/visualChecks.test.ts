import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fixtureSite} from "./fixtureSite.js";
import type {Site} from "./site.js";
import {
  blankTickLabels,
  marksOutsideFrame,
  navigationLinks,
  overflowingText,
  templateOrEpochText
} from "./visualChecks.js";

// Each visual check must catch what it is for: every fixture page below commits one fault, or none.
const plot = (dots: string) =>
  `<svg class="plot-abc" width="200" height="100" viewBox="0 0 200 100"><g aria-label="x-axis tick"><path d="M0,0L0,300"></path></g><g aria-label="dot">${dots}</g></svg>`;
const fixtures: Record<string, string> = {
  "inside.html": plot(`<circle cx="20" cy="20" r="3"></circle><circle cx="190" cy="90" r="3"></circle>`),
  "outside.html": plot(`<circle cx="20" cy="20" r="3"></circle><circle cx="5000" cy="20" r="3"></circle>`),
  "ticks.html": `<div class="card"><h2>Disparity</h2><svg class="plot-abc" width="200" height="100"><g aria-label="y-axis tick label"><text y="90">0.8</text><text y="50">1</text></g></svg></div>`,
  "blank-tick.html": `<div class="card"><h2>Disparity</h2><svg class="plot-abc" width="200" height="100"><g aria-label="y-axis tick label"><text y="90"></text><text y="50">1</text></g></svg></div>`,
  "texts.html": `<p>From \${alerts.config}. Decided at 1775743196722, observed 1,770,844,575,079; id CL-00000001, 150,012 rows.</p>`,
  "clean-text.html": `<p>Decided at 2026-04-09 13:59 UTC; 1,234,567 rows; id CL-00000001.</p>`,
  "cell.html": `<table style="table-layout: fixed; width: 120px"><tr><td style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Jensen–Shannon distance (base 2)</td></tr></table>`,
  "card.html": `<div class="card" style="width: 100px; overflow: hidden"><h2>Wide</h2><div style="width: 400px">x</div></div>`,
  "wide-table.html": `<div style="width: 150px; overflow-x: auto"><table><tr><td>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</td></tr></table></div>`,
  "fits.html": `<div class="card"><h2>Fine</h2><table><tr><td>short</td></tr></table></div>`,
  "nav.html": `<nav id="observablehq-sidebar"><a href="./drift.html">Drift</a><a href="./index.html#top">Home</a></nav><nav><a rel="next" href="./spc.html">SPC</a></nav>`
};
const {skip, site} = fixtureSite(fixtures, "workbench-visual-");
const on = <T>(path: string, fn: Parameters<Site["withPage"]>[1]) => site().withPage(path, fn) as Promise<T>;

describe("visual checks", {skip}, () => {
  it("marksOutsideFrame flags a data mark off the chart and ignores axes", async () => {
    assert.deepEqual(await on("/inside.html", marksOutsideFrame), []);
    const problems = await on<string[]>("/outside.html", marksOutsideFrame);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /1 of 2 data mark\(s\) outside the frame \(dot at x 4997\.\.5003/);
  });
  it("blankTickLabels flags an axis tick drawn without its label", async () => {
    assert.deepEqual(await on("/ticks.html", blankTickLabels), []);
    assert.deepEqual(await on("/blank-tick.html", blankTickLabels), [
      '/blank-tick.html "Disparity": 1 of 2 y-axis tick label(s) empty'
    ]);
  });
  it("templateOrEpochText flags literal ${ and epoch milliseconds, bare or with separators, not ids or counts", async () => {
    const problems = await on<string[]>("/texts.html", templateOrEpochText);
    assert.equal(problems.length, 3, problems.join("\n"));
    assert.match(problems[0], /literal template text: "From \$\{alerts\.config\}/);
    assert.match(problems[1], /raw epoch number: ".*1775743196722/);
    assert.match(problems[2], /raw epoch number: ".*1,770,844,575,079/);
    assert.deepEqual(await on("/clean-text.html", templateOrEpochText), []);
  });
  it("overflowingText flags a cut cell, an overflowing card and a table wider than its box", async () => {
    assert.match(
      (await on<string[]>("/cell.html", overflowingText)).join("\n"),
      /text overflows its cell .*Jensen–Shannon/
    );
    assert.match((await on<string[]>("/card.html", overflowingText)).join("\n"), /content overflows its card .*"Wide"/);
    assert.match(
      (await on<string[]>("/wide-table.html", overflowingText)).join("\n"),
      /table wider than its container/
    );
    assert.deepEqual(await on("/fits.html", overflowingText), []);
  });
  it("navigationLinks lists sidebar and pager links without their fragment", async () => {
    const links = (await on<string[]>("/nav.html", navigationLinks)).map((l) => new URL(l).pathname);
    assert.deepEqual(links, ["/drift.html", "/index.html", "/spc.html"]);
  });
});
