import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {costParameters} from "../../../src/lib/roi/costParameters.js";
import {oneWaySensitivity} from "../../../src/lib/roi/oneWaySensitivity.js";
import {model} from "./fixture.js";

describe("costParameters", () => {
  it("lists the non-zero assumptions by YAML path, in file order", () => {
    assert.deepEqual(
      costParameters(model).map((p) => [p.key, p.value]),
      [
        ["outcomes[0].perAmount", 0.1],
        ["outcomes[1].perAmount", -0.5],
        ["review.hourlyRate", 60],
        ["automation.perDecision", 1],
        ["platform.perMonth", 365],
        ["platform.investment", 200]
      ]
    );
  });

  it("apply returns a changed copy and leaves the model alone", () => {
    const [margin, , rate] = costParameters(model);
    assert.equal(margin.apply(0.2).outcomes[0].perAmount, 0.2);
    assert.equal(rate.apply(99).review.hourlyRate, 99);
    assert.equal(model.outcomes[0].perAmount, 0.1);
    assert.equal(model.review.hourlyRate, 60);
  });
});

describe("oneWaySensitivity", () => {
  type P = {a: number; b: number};
  const base: P = {a: 10, b: 100};
  const params = [
    {key: "a", label: "A", value: 10, apply: (a: number): P => ({...base, a})},
    {key: "b", label: "B", value: 100, apply: (b: number): P => ({...base, b})}
  ];

  it("moves one parameter at a time and sorts by swing", () => {
    // hand: y = 3a − b: a ± 20% → 24 … 36 with b = 100 (swing 12); b ± 20% → y from 50 to 10 (swing 40)
    const r = oneWaySensitivity(base, params, (p) => 3 * p.a - p.b, 0.2);
    assert.equal(r.output, -70);
    assert.deepEqual(
      r.bars.map((x) => [x.key, x.low, x.high, x.outputAtLow, x.outputAtHigh, x.swing]),
      [
        ["b", 80, 120, -50, -90, 40],
        ["a", 8, 12, -76, -64, 12]
      ]
    );
  });

  it("rejects a bad range and non-finite outputs", () => {
    assert.throws(() => oneWaySensitivity(base, params, () => 1, 0), /invalid range: 0/);
    assert.throws(() => oneWaySensitivity(base, params, () => Infinity, 0.1), /evaluate not finite: Infinity/);
  });
});
