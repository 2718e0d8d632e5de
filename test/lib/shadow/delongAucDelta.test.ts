import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {delongAucDelta} from "../../../src/lib/shadow/delongAucDelta.js";

describe("delongAucDelta", () => {
  it("matches a direct O(n²) DeLong computation", () => {
    // /tmp/gs/delong.py (numpy 2.4, scipy 1.17): placements by definition, np.cov, norm.ppf(0.975):
    // AUCs 0.78 and 0.80, Δ 0.02, CI −0.11579028808914069 to 0.15579028808914072
    const a = [0.1, 0.4, 0.35, 0.8, 0.2, 0.55, 0.9, 0.3, 0.3, 0.65];
    const b = [0.2, 0.3, 0.6, 0.7, 0.1, 0.5, 0.95, 0.4, 0.25, 0.65];
    const y = [0, 0, 1, 1, 0, 1, 1, 0, 1, 0];
    const r = delongAucDelta(a, b, y);
    assert.ok(Math.abs(r.champion! - 0.78) < 1e-12);
    assert.ok(Math.abs(r.challenger! - 0.8) < 1e-12);
    assert.ok(Math.abs(r.delta! - 0.02) < 1e-12);
    assert.ok(Math.abs(r.low! - -0.11579028808914069) < 1e-9);
    assert.ok(Math.abs(r.high! - 0.15579028808914072) < 1e-9);
  });

  it("gives a zero-width interval for identical scores, null for a missing class", () => {
    const r = delongAucDelta([0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]);
    assert.equal(r.delta, 0);
    assert.equal(r.low, 0);
    assert.equal(delongAucDelta([0.1, 0.2], [0.1, 0.2], [1, 1]).delta, null);
  });
});
