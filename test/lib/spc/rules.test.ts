import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {applyRules} from "../../../src/lib/spc/applyRules.js";
import type {ControlPoint, RunRule} from "../../../src/lib/spc/runRule.js";
import {runRules} from "../../../src/lib/spc/runRules.js";
import {nel3} from "../../../src/lib/spc/rules/nel3.js";
import {nel4} from "../../../src/lib/spc/rules/nel4.js";
import {nel7} from "../../../src/lib/spc/rules/nel7.js";
import {nel8} from "../../../src/lib/spc/rules/nel8.js";
import {we1} from "../../../src/lib/spc/rules/we1.js";
import {we2} from "../../../src/lib/spc/rules/we2.js";
import {we3} from "../../../src/lib/spc/rules/we3.js";
import {we4} from "../../../src/lib/spc/rules/we4.js";

// Every series below is hand-built in sigma units (centre 0, σ 1, so a value is its distance in σ) and the
// expected flags are hand-derived from the rule's definition with qcc's convention (R package qcc, rules.R):
// the point that completes the pattern is flagged, later points that still complete it are flagged too.
const units = (values: number[]): ControlPoint[] => values.map((value) => ({value, center: 0, sigma: 1}));
const flagged = (rule: RunRule, values: number[]) =>
  rule
    .test(units(values))
    .map((f, i) => (f ? i : -1))
    .filter((i) => i >= 0);
const repeat = (n: number, f: (i: number) => number) => Array.from({length: n}, (_, i) => f(i));

describe("WE1: 1 point beyond 3σ", () => {
  it("fires on each point beyond 3σ, above or below", () =>
    assert.deepEqual(flagged(we1, [0, 1, 3.5, 0, -3.01]), [2, 4]));
  it("does not fire on points exactly at 3σ", () => assert.deepEqual(flagged(we1, [3, -3, 2.99]), []));
});

describe("WE2: 2 of 3 beyond 2σ, same side", () => {
  it("fires once, on the point completing the pattern", () => assert.deepEqual(flagged(we2, [0, 2.5, 0, 2.5, 0]), [3]));
  it("needs the flagged point itself beyond 2σ", () => assert.deepEqual(flagged(we2, [0, 2.5, 2.5, 0]), [2]));
  it("does not fire on 2 of 4, on opposite sides, or exactly at 2σ", () => {
    assert.deepEqual(flagged(we2, [2.5, 0, 0, 2.5]), []);
    assert.deepEqual(flagged(we2, [0, 2.5, 0, -2.5]), []);
    assert.deepEqual(flagged(we2, [0, 2, 0, 2.5]), []);
  });
  it("needs a full window of 3, as qcc does", () => assert.deepEqual(flagged(we2, [2.5, 2.5]), []));
  it("fires below the centre as well", () => assert.deepEqual(flagged(we2, [0, -2.1, -3.5]), [2]));
});

describe("WE3: 4 of 5 beyond 1σ, same side", () => {
  it("fires once, on the point completing the pattern", () =>
    assert.deepEqual(flagged(we3, [0, 1.5, 1.5, 0, 1.5, 1.5, 0]), [5]));
  it("does not fire on 3 of 5, mixed sides, or points exactly at 1σ", () => {
    assert.deepEqual(flagged(we3, [0, 1.5, 1.5, 0, 1.5, 0, 1.5]), []);
    assert.deepEqual(flagged(we3, [0, 1.5, -1.5, 1.5, 1.5, 0]), []);
    assert.deepEqual(flagged(we3, [0, 1.5, 1, 0, 1.5, 1.5]), []);
  });
  it("fires below the centre as well", () => assert.deepEqual(flagged(we3, [0, -1.1, -1.1, -1.1, -1.1]), [4]));
});

describe("WE4: 8 in a row on one side", () => {
  it("fires once, on the 8th point", () => assert.deepEqual(flagged(we4, [-1, ...repeat(8, () => 0.1), -1]), [8]));
  it("flags every point of a longer run from the 8th on", () =>
    assert.deepEqual(
      flagged(
        we4,
        repeat(10, () => -0.2)
      ),
      [7, 8, 9]
    ));
  it("does not fire on 7 in a row, or when a point on the centre line breaks the run", () => {
    assert.deepEqual(flagged(we4, [...repeat(7, () => 0.1), -0.1]), []);
    assert.deepEqual(flagged(we4, [...repeat(7, () => 0.1), 0, 0.1]), []);
  });
});

describe("NEL3: 6 in a row trending", () => {
  it("fires once, on the 6th steadily increasing point", () =>
    assert.deepEqual(flagged(nel3, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.4]), [5]));
  it("fires on a decreasing trend", () => assert.deepEqual(flagged(nel3, [3, 2, 1, 0, -1, -2]), [5]));
  it("does not fire on 5 increasing points or when a tie breaks the trend", () => {
    assert.deepEqual(flagged(nel3, [0, 0.1, 0.2, 0.3, 0.4, 0.3]), []);
    assert.deepEqual(flagged(nel3, [0, 0.1, 0.2, 0.2, 0.3, 0.4, 0.5]), []);
  });
  it("judges the raw values, not sigma units", () => {
    // values rise while their distance in σ falls (σ doubles each step): a trend in the statistic itself
    const points = [1, 2, 3, 4, 5, 6].map((value, i) => ({value, center: 0, sigma: 2 ** i}));
    assert.equal(nel3.test(points)[5], true);
  });
});

describe("NEL4: 14 in a row alternating", () => {
  const saw = (n: number) => repeat(n, (i) => (i % 2 ? 0.5 : -0.5));
  it("fires once, on the 14th alternating point", () => assert.deepEqual(flagged(nel4, [...saw(14), 0.5]), [13]));
  it("does not fire on 13 alternating points, or when a repeated value breaks the pattern", () => {
    assert.deepEqual(flagged(nel4, saw(13)), []);
    assert.deepEqual(flagged(nel4, [...saw(7), 0.5, ...saw(7).slice(1)]), []);
  });
});

describe("NEL7: 15 in a row within 1σ", () => {
  const hug = (n: number) => repeat(n, (i) => (i % 2 ? 0.5 : -1)); // ±1σ itself counts as within (qcc: >=, <=)
  it("fires once, on the 15th point", () => assert.deepEqual(flagged(nel7, [2, ...hug(15), 2]), [15]));
  it("does not fire on 14 points within 1σ", () => assert.deepEqual(flagged(nel7, [2, ...hug(14), 1.01, 0]), []));
});

describe("NEL8: 8 in a row beyond 1σ on both sides", () => {
  const swing = (n: number) => repeat(n, (i) => (i % 2 ? 1.5 : -1.5));
  it("fires once, on the 8th point", () => assert.deepEqual(flagged(nel8, [0, ...swing(8), 0]), [8]));
  it("does not fire on 7 points, on one side only, or with a point exactly at 1σ", () => {
    assert.deepEqual(flagged(nel8, [0, ...swing(7), 0]), []);
    assert.deepEqual(
      flagged(
        nel8,
        repeat(8, () => 1.5)
      ),
      []
    );
    assert.deepEqual(flagged(nel8, [...swing(7), 1]), []);
  });
});

describe("applyRules", () => {
  it("lists the rules each point violates, in rule order", () => {
    // hand derivation: point 2 (3.5) is beyond 3σ (WE1) and completes 2 of 3 beyond 2σ (WE2: 2.5, 3.5)
    const rules = applyRules(units([0, 2.5, 3.5, 0]));
    assert.deepEqual(rules, [[], [], ["WE1", "WE2"], []]);
  });

  it("applies only the rules asked for", () => assert.deepEqual(applyRules(units([4]), [we2]), [[]]));

  it("registers the eight rules once each, with plain-words meanings", () => {
    assert.deepEqual(
      runRules.map((r) => r.id),
      ["WE1", "WE2", "WE3", "WE4", "NEL3", "NEL4", "NEL7", "NEL8"]
    );
    assert.ok(runRules.every((r) => r.name.length > 0 && r.meaning.length > 20));
    assert.throws(() => applyRules(units([0]), [we1, we1]), /duplicate rule: WE1/);
  });

  it("judges p-chart points by their own sigma: σ = 0 flags any point off the centre", () => {
    assert.deepEqual(applyRules([{value: 0.01, center: 0, sigma: 0}], [we1]), [["WE1"]]);
    assert.deepEqual(applyRules([{value: 0, center: 0, sigma: 0}], [we1]), [[]]);
  });
});
