import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {explainHref} from "../../../src/lib/explain/explainHref.js";
import {bucketEnd} from "../../../src/lib/explain/bucketEnd.js";
import {segmentTable} from "../../../src/lib/explain/segmentTable.js";
import {windowCounts} from "../../../src/lib/explain/windowCounts.js";

describe("windowCounts and segmentTable", () => {
  const day = (segment: string, d: string, n: number, count: number) => ({
    attribute: "income",
    segment,
    day: d,
    n,
    count
  });
  const rows = [
    day("low", "2026-03-31", 4, 1), // before "from"
    day("low", "2026-04-01", 2, 1), // first day of "from": in
    day("high", "2026-04-30", 3, 3),
    day("low", "2026-05-01", 5, 0), // "from" ends here (exclusive), "to" starts: to only
    day("new", "2026-05-31", 1, 1),
    day("high", "2026-06-01", 9, 9) // "to" end, exclusive: out
  ];
  it("sums days into half-open windows and gathers each attribute's segments in bin order", () => {
    const counts = windowCounts(rows, {from: "2026-04-01", to: "2026-05-01"}, {from: "2026-05-01", to: "2026-06-01"});
    assert.deepEqual(
      counts.map((r) => [r.segment, r.window, r.n]),
      [
        ["low", 0, 2],
        ["high", 0, 3],
        ["low", 1, 5],
        ["new", 1, 1]
      ]
    );
    const [income] = segmentTable(counts, [{name: "income", order: ["low", "high"]}]);
    assert.deepEqual(income.segments, [
      {segment: "low", n0: 2, count0: 1, n1: 5, count1: 0},
      {segment: "high", n0: 3, count0: 3, n1: 0, count1: 0},
      {segment: "new", n0: 0, count0: 0, n1: 1, count1: 1}
    ]);
  });

  it("counts a day in both windows when they overlap, and puts (null) last", () => {
    const counts = windowCounts(
      [day("(null)", "2026-04-10", 2, 1), day("b", "2026-04-10", 1, 0)],
      {from: "2026-04-01", to: "2026-05-01"},
      {from: "2026-04-10T00:00:00Z", to: "2026-04-11"}
    );
    assert.equal(counts.length, 4);
    assert.deepEqual(
      segmentTable(counts, [{name: "income"}])[0].segments.map((s) => s.segment),
      ["b", "(null)"]
    );
  });
});

describe("explainHref and bucketEnd", () => {
  it("builds the Explain page's address with half-open day windows", () => {
    assert.equal(
      explainHref({
        system: "credit line",
        metric: "null_rate:x",
        from: {from: "2026-02-02", to: "2026-03-02"},
        to: {from: "2026-05-21T00:00:00Z", to: bucketEnd("2026-05-23", "day")}
      }),
      "./explain.html?system=credit%20line&metric=null_rate%3Ax&from=2026-02-02..2026-03-02&to=2026-05-21..2026-05-24"
    );
    assert.equal(bucketEnd("2026-02-28", "day"), "2026-03-01");
    assert.equal(bucketEnd("2026-05-04", "week"), "2026-05-11");
    assert.equal(bucketEnd("2026-02-01", "month"), "2026-03-01");
    assert.throws(() => bucketEnd("x", "day"), /invalid day: x/);
  });
});
