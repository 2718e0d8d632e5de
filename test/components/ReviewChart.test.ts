import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {ReviewChart} from "../../src/components/ReviewChart.js";
import {reviewByGroup} from "../../src/lib/fairness/reviewByGroup.js";
import {newDocument} from "./spcSnapshot.js";

describe("ReviewChart", () => {
  it("draws review and override shares on their own scales, each labelled with its denominator", () => {
    // review shares near 27 %, override shares near 16 %: one shared axis left half of each panel empty
    const review = reviewByGroup([
      {group: "a", n: 1000, reviewed: 270, overridden: 43},
      {group: "b", n: 800, reviewed: 230, overridden: 42}
    ]);
    const chart = ReviewChart(review, {width: 900, document: newDocument()});
    const plots = [...chart.querySelectorAll(":scope > svg")];
    assert.equal(plots.length, 2);
    const labels = plots.map((p) => p.querySelector('g[aria-label="x-axis label"] text')?.textContent);
    assert.deepEqual(labels, [
      "Routed to review (% of the group's decisions) →",
      "Overridden (% of the group's reviews) →"
    ]);
    const ticks = plots.map((p) =>
      [...p.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => Number(t.textContent))
    );
    // each panel's axis spans its own values: the two ranges of ticks do not overlap
    assert.ok(Math.max(...ticks[1]) < Math.min(...ticks[0]), `review ticks ${ticks[0]}, override ticks ${ticks[1]}`);
    assert.equal(plots[0].querySelectorAll('g[aria-label="dot"] circle').length, 2);
  });
});
