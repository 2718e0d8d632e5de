import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {controlLimits} from "../../../src/lib/spc/controlLimits.js";
import {spcAnalysis} from "../../../src/lib/spc/spcAnalysis.js";

describe("controlLimits", () => {
  it("gives the p-chart's own clipped limits and zones for a proportion series", () => {
    // hand derivation: p̄ = 0.1; n = 100: σ = 0.03, limits 0.01 and 0.19, 2σ zone 0.04–0.16, 1σ zone 0.07–0.13
    const rows = controlLimits(
      spcAnalysis([
        {bucket: "d1", count: 10, n: 100},
        {bucket: "d2", count: 10, n: 100}
      ])
    );
    const [r] = rows;
    assert.equal(r.value, 0.1);
    assert.equal(r.center, 0.1);
    for (const [got, want] of [
      [r.lcl, 0.01],
      [r.ucl, 0.19],
      [r.lower2, 0.04],
      [r.upper2, 0.16],
      [r.lower1, 0.07],
      [r.upper1, 0.13]
    ])
      assert.ok(Math.abs(got - want) < 1e-12, `${got} != ${want}`);
  });

  it("gives x̄ ± k·σ for a value series", () => {
    // hand derivation: [1, 3]: x̄ = 2, MR̄ = 2, σ = 2/1.128 = 1.77305
    const rows = controlLimits(
      spcAnalysis([
        {bucket: "d1", value: 1},
        {bucket: "d2", value: 3}
      ])
    );
    const sigma = 2 / 1.128;
    assert.equal(rows[1].value, 3);
    assert.equal(rows[1].upper1, 2 + sigma);
    assert.equal(rows[1].lower2, 2 - 2 * sigma);
    assert.equal(rows[1].ucl, 2 + 3 * sigma);
    assert.deepEqual(rows[1].rules, []);
  });
});
