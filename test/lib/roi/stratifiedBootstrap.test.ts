import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {stratifiedBootstrap} from "../../../src/lib/roi/stratifiedBootstrap.js";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("stratifiedBootstrap", () => {
  it("is reproducible for a seed and changes with the seed", () => {
    const data = [[1, 5, 2, 8, 3, 9, 4]];
    const run = (seed: number) => stratifiedBootstrap(data, ([xs]) => [mean(xs)], {replicates: 200, seed});
    assert.deepEqual(run(7), run(7));
    assert.notDeepEqual(run(7).low, run(8).low);
  });

  it("redraws each stratum from its own units, keeping its size", () => {
    stratifiedBootstrap(
      [
        [1, 2, 3],
        [10, 20]
      ],
      ([a, b]) => {
        assert.equal(a.length, 3);
        assert.equal(b.length, 2);
        assert.ok(a.every((x) => x < 10) && b.every((x) => x >= 10));
        return [0];
      },
      {replicates: 50}
    );
  });

  it("matches the normal approximation for the mean of 1..10", () => {
    // hand derivation: the bootstrap mean of 1..10 has sd √(8.25 / 10) = 0.9083 (population variance 8.25),
    // so its 95% percentile interval is close to 5.5 ± 1.96 · 0.9083 = [3.72, 7.28]
    const xs = Array.from({length: 10}, (_, i) => i + 1);
    const {low, high} = stratifiedBootstrap([xs], ([s]) => [mean(s)], {replicates: 4000, seed: 3});
    assert.ok(Math.abs(low[0] - 3.72) < 0.15, `low ${low[0]}`);
    assert.ok(Math.abs(high[0] - 7.28) < 0.15, `high ${high[0]}`);
  });

  it("gives a zero-width interval for constant units and one interval per component", () => {
    const r = stratifiedBootstrap([[4, 4, 4]], ([s]) => [mean(s), 2 * mean(s)], {replicates: 20, level: 0.9});
    assert.deepEqual(r, {low: [4, 8], high: [4, 8], replicates: 20, level: 0.9, seed: 1});
  });

  it("rejects an empty stratum, bad options and non-finite statistics", () => {
    assert.throws(() => stratifiedBootstrap([[1], []], () => [0]), /at least one unit per stratum: stratum 1/);
    assert.throws(() => stratifiedBootstrap([[1]], () => [0], {replicates: 0}), /invalid replicates: 0/);
    assert.throws(() => stratifiedBootstrap([[1]], () => [0], {level: 1}), /invalid level: 1/);
    assert.throws(() => stratifiedBootstrap([[1]], () => [NaN]), /statistic 0 not finite: NaN/);
  });
});
