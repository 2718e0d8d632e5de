import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {logNormal} from "../../../src/lib/random/logNormal.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("logNormal", () => {
  it("has median exp(mu) and mean exp(mu + sigma²/2)", () => {
    const rng = sfc32(5);
    const xs = Float64Array.from({length: 50_000}, () => logNormal(rng, Math.log(60), 0.5)).sort();
    const median = xs[xs.length / 2];
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    // scipy.stats.lognorm(s=0.5, scale=60): median 60, mean 60·exp(0.125) = 67.988
    assert.ok(Math.abs(median - 60) < 0.6, `median ${median}`);
    assert.ok(Math.abs(mean - 67.988) < 0.6, `mean ${mean}`);
    assert.ok(xs[0] > 0);
  });

  it("rejects a negative sigma", () => {
    assert.throws(() => logNormal(sfc32(1), 0, -0.1), /invalid sigma: -0.1/);
  });
});
