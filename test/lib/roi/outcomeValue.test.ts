import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {outcomeValue} from "../../../src/lib/roi/outcomeValue.js";
import type {RoiCell} from "../../../src/lib/roi/roiCell.js";
import {cells, model} from "./fixture.js";

const c = (decision: string, outcome: boolean | null, decisions: number, amount: number): RoiCell => ({
  day: "2026-01-01",
  decision,
  outcome,
  decisions,
  amount,
  automated: 0,
  reviewed: 0,
  handlingSeconds: 0
});

describe("outcomeValue", () => {
  it("values observed outcomes at perCase × decisions + perAmount × amount", () => {
    // hand: 0.1 × 1000 − 0.5 × 200 + 0 (decline) = 0
    assert.equal(
      outcomeValue([c("approve", false, 2, 1000), c("approve", true, 1, 200), c("decline", null, 3, 500)], model),
      0
    );
  });

  it("values pending decisions at the pool's amount mix", () => {
    // hand: the fixture's automated approvals with outcomes: bad 400, good 3000 → per unit (400·−0.5 + 3000·0.1)/3400 = 1/34
    const after = cells.filter((x) => x.day >= "2026-01-30");
    assert.ok(Math.abs(outcomeValue([c("approve", null, 2, 800)], model, [after]) - 800 / 34) < 1e-12);
  });

  it("uses the count mix for per-case values and falls back to the next pool", () => {
    const perCase = {
      ...model,
      outcomes: [
        {name: "good", decision: "approve", outcome: false, perCase: 10, perAmount: 0},
        {name: "bad", decision: "approve", outcome: true, perCase: -30, perAmount: 0}
      ]
    };
    // hand: pool 3 good, 1 bad → per case (3·10 − 1·30)/4 = 0; a second pool 1 good, 1 bad → −10 per case
    assert.equal(
      outcomeValue([c("approve", null, 5, 0)], perCase, [[c("approve", false, 3, 0), c("approve", true, 1, 0)]]),
      0
    );
    assert.equal(
      outcomeValue([c("approve", null, 5, 0)], perCase, [
        [c("decline", null, 9, 0)],
        [c("approve", false, 1, 0), c("approve", true, 1, 0)]
      ]),
      -50
    );
  });

  it("counts decisions the model does not value as 0", () => {
    assert.equal(outcomeValue([c("refer", null, 4, 999)], model), 0);
  });

  it("throws when pending decisions have no observed outcome to be valued from", () => {
    assert.throws(
      () => outcomeValue([c("approve", null, 1, 10)], model),
      /no observed outcome to value pending decisions: approve/
    );
  });
});
