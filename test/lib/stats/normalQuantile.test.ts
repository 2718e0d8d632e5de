import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {normalQuantile} from "../../../src/lib/stats/normalQuantile.js";

describe("normalQuantile", () => {
  it("matches scipy.stats.norm.ppf (scipy 1.17.1)", () => {
    const cases: [number, number][] = [
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.025, -1.9599639845400545],
      [0.1, -1.2815515655446004],
      [0.8, 0.8416212335729143],
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004]
    ];
    for (const [p, z] of cases) assert.ok(Math.abs(normalQuantile(p) - z) < 1e-13, `${p}: ${normalQuantile(p)}`);
    assert.equal(normalQuantile(0.5), 0);
    assert.throws(() => normalQuantile(1), /invalid probability: 1/);
  });
});
