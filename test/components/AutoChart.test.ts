import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {AutoChart} from "../../src/components/AutoChart.js";
import {autoChart} from "../../src/lib/explore/autoChart.js";
import {assertSnapshot, newDocument} from "./spcSnapshot.js";

const rows = ["2026-05-04", "2026-05-11", "2026-05-18"].flatMap((w, i) =>
  ["a", "b"].map((system, j) => ({week: new Date(`${w}T00:00:00Z`), system, rows: 100 + 10 * i + j}))
);

describe("AutoChart", () => {
  it("draws one line per series for a time and a number (snapshot)", () => {
    const spec = autoChart([
      {name: "week", kind: "temporal"},
      {name: "system", kind: "categorical"},
      {name: "rows", kind: "numeric"}
    ]);
    const chart = AutoChart(rows, spec, {width: 480, document: newDocument()});
    assert.equal(chart.querySelectorAll('g[aria-label="line"] path').length, 2);
    assertSnapshot(chart, "AutoChart-line");
  });

  it("draws bars for a category and a number, and a note when nothing is chartable", () => {
    const document = newDocument();
    const bars = AutoChart(
      rows.slice(0, 2),
      autoChart([
        {name: "system", kind: "categorical"},
        {name: "rows", kind: "numeric"}
      ]),
      {width: 300, document}
    );
    assert.equal(bars.querySelectorAll('g[aria-label="bar"] rect').length, 2);
    const note = AutoChart(rows, autoChart([{name: "system", kind: "categorical"}]), {document});
    assert.equal(note.tagName, "P");
    assert.match(note.textContent ?? "", /no chart/);
  });

  it("draws a histogram of one number and dots for two", () => {
    const document = newDocument();
    const histogram = AutoChart(rows, autoChart([{name: "rows", kind: "numeric"}]), {width: 300, document});
    assert.ok(histogram.querySelectorAll('g[aria-label="rect"] rect').length >= 1);
    const dots = AutoChart(
      rows.map((r, i) => ({x: i, y: r.rows})),
      autoChart([
        {name: "x", kind: "numeric"},
        {name: "y", kind: "numeric"}
      ]),
      {width: 300, document}
    );
    assert.equal(dots.querySelectorAll('g[aria-label="dot"] circle').length, 6);
  });
});
