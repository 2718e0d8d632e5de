import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {parseCostModel} from "../../../src/lib/roi/parseCostModel.js";

const valid = () => ({
  system: "credit-line",
  currency: "EUR",
  amount: "requested_limit",
  label: "defaulted",
  positiveDecision: "approve",
  outcomes: [
    {name: "margin", decision: "approve", outcome: false, perAmount: 0.05},
    {name: "loss", decision: "approve", outcome: true, perAmount: -0.45}
  ],
  review: {hourlyRate: 48},
  automation: {perDecision: 0.05},
  platform: {perMonth: 10000}
});

describe("parseCostModel", () => {
  it("parseCostModel(valid) fills the documented defaults", () => {
    const m = parseCostModel(valid());
    assert.equal(m.review.perCase, 0);
    assert.equal(m.platform.investment, 0);
    assert.equal(m.goLive, null);
    assert.equal(m.sensitivity.range, 0.25);
    assert.deepEqual(m.outcomes[0], {name: "margin", decision: "approve", outcome: false, perCase: 0, perAmount: 0.05});
  });

  it("parseCostModel accepts a decision valued whatever the outcome and a valid goLive", () => {
    const m = parseCostModel({
      ...valid(),
      outcomes: [...valid().outcomes, {name: "decline", decision: "decline", perCase: -1}],
      goLive: "2026-01-31"
    });
    assert.equal(m.outcomes[2].outcome, null);
    assert.equal(m.goLive, "2026-01-31");
  });

  const rejects: [string, (d: Record<string, unknown>) => unknown, RegExp][] = [
    ["not a mapping", () => [1], /cost model: not a mapping/],
    ["a missing system", ({system: _, ...d}) => d, /system: not a non-empty string: undefined/],
    ["a bad currency", (d) => ({...d, currency: "euro"}), /currency: not an ISO 4217 code: "euro"/],
    ["an unknown top-level field", (d) => ({...d, costs: 1}), /costs: unknown field/],
    ["an unknown nested field", (d) => ({...d, review: {hourlyRate: 1, perHour: 2}}), /review\.perHour: unknown field/],
    ["a negative cost", (d) => ({...d, review: {hourlyRate: -1}}), /review\.hourlyRate: not a non-negative number: -1/],
    [
      "a string cost",
      (d) => ({...d, automation: {perDecision: "0.05"}}),
      /automation\.perDecision: not a non-negative number: "0.05"/
    ],
    ["an empty outcome list", (d) => ({...d, outcomes: []}), /outcomes: not a non-empty list/],
    [
      "a non-boolean outcome",
      (d) => ({...d, outcomes: [{name: "x", decision: "approve", outcome: "yes"}]}),
      /outcomes\[0\]\.outcome: not true, false or null: "yes"/
    ],
    [
      "a non-finite value",
      (d) => ({...d, outcomes: [{name: "x", decision: "approve", perAmount: Infinity}]}),
      /outcomes\[0\]\.perAmount: not a finite number/
    ],
    [
      "a duplicate outcome",
      (d) => ({...d, outcomes: [...(d.outcomes as object[]), {name: "again", decision: "approve", outcome: true}]}),
      /outcomes\[2\]: decision approve already valued in outcomes\[1\]/
    ],
    [
      "an any-outcome clash",
      (d) => ({...d, outcomes: [...(d.outcomes as object[]), {name: "any", decision: "approve"}]}),
      /outcomes\[2\]: decision approve already valued in outcomes\[0\]/
    ],
    ["an impossible goLive", (d) => ({...d, goLive: "2026-02-30"}), /goLive: not a YYYY-MM-DD date: "2026-02-30"/],
    ["a range of 1", (d) => ({...d, sensitivity: {range: 1}}), /sensitivity\.range: not a number in \(0, 1\): 1/]
  ];
  for (const [what, make, message] of rejects)
    it(`parseCostModel rejects ${what} naming the field and value`, () => {
      assert.throws(() => parseCostModel(make(valid())), message);
    });
});
