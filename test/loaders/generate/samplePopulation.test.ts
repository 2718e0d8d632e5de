import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeFeatures} from "../../../loaders/models/encodeFeatures.js";
import {samplePopulation} from "../../../loaders/generate/samplePopulation.js";
import {SYSTEMS} from "../../../loaders/generate/systems.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {readContract, rowChecker} from "./contractRules.js";

describe("samplePopulation", () => {
  it("is deterministic for a seeded rng and returns encodeFeatures of its row", () => {
    const a = samplePopulation("fraud-screen", sfc32(1), 10);
    const b = samplePopulation("fraud-screen", sfc32(1), 10);
    assert.deepEqual(a, b);
    assert.deepEqual(a.x, encodeFeatures("fraud-screen", a.row));
    assert.equal(samplePopulation("fraud-screen", sfc32(1), 10, 3).row.hour_of_day, 3);
  });

  for (const system of ["credit-line", "fraud-screen"] as const) {
    it(`${system}: rows satisfy the contract's feature, protected and PII checks; labels follow the true probability`, () => {
      const check = rowChecker(readContract(SYSTEMS[system].contract), "decisions");
      const rng = sfc32(2);
      let labels = 0;
      let p = 0;
      const n = 20_000;
      for (let i = 0; i < n; ++i) {
        const s = samplePopulation(system, rng, i % 180);
        // decision columns are not drawn here: only report violations of the applicant's own columns
        const own = Object.fromEntries(Object.entries(s.row).map(([k, v]) => [k, String(v)]));
        const problems = check(own).filter((v) => Object.hasOwn(s.row, v.split(":")[1]));
        assert.deepEqual(problems, [], JSON.stringify(s.row));
        assert.ok(s.trueProbability > 0 && s.trueProbability < 1);
        labels += +s.label;
        p += s.trueProbability;
      }
      // E[label] = E[p]; SE of the label mean ≤ sqrt(.25/n) = 0.0035
      assert.ok(Math.abs(labels / n - p / n) < 0.012, `${labels / n} vs ${p / n}`);
    });
  }

  it("credit-line: the drift window sends most applicants through the partner channel", () => {
    const partner = (day: number) => {
      const rng = sfc32(3);
      let k = 0;
      for (let i = 0; i < 4000; ++i) k += +(samplePopulation("credit-line", rng, day).row.channel === "partner");
      return k / 4000;
    };
    // 5 % normally; 0.55 + 0.45 × 0.05 ≈ 0.57 on drift days
    assert.ok(Math.abs(partner(60) - 0.05) < 0.015);
    assert.ok(Math.abs(partner(130) - 0.5725) < 0.03);
  });

  it("rejects an unknown system", () => {
    // @ts-expect-error an untyped caller
    assert.throws(() => samplePopulation("loans", sfc32(1), 0), /unknown system: loans/);
  });
});
