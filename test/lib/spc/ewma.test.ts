import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {ewma} from "../../../src/lib/spc/ewma.js";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} != ${expected} ± ${tolerance}`);

// Montgomery, Introduction to Statistical Quality Control, 7th ed., Table 9.1 (μ₀ = 10, σ = 1); also in the
// IMSL EWMA example ("Montgomery 428").
const montgomery = [9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08];
montgomery.push(9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52);

describe("ewma", () => {
  it("matches the NIST/SEMATECH e-Handbook example (§6.3.2.4, λ = 0.3)", () => {
    // NIST §6.3.2.4: EWMA₀ = 50, s = 2.0539, λ = 0.3, k = 3; EWMA values as printed there;
    // asymptotic UCL = 50 + 3·2.0539·sqrt(0.3/1.7) = 52.5884, LCL = 47.4115.
    const data = [52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5, 49.6, 47.6, 49.9, 51.3, 47.8, 51.2];
    data.push(52.6, 52.4, 53.6, 52.1);
    const nist = [50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36, 49.52, 50.05];
    nist.push(49.38, 49.92, 50.73, 51.23, 51.94, 51.99);
    const points = ewma(data, {center: 50, sigma: 2.0539, lambda: 0.3});
    points.forEach((p, i) => close(p.z, nist[i], 0.005));
    close(points[19].ucl, 52.5884, 5e-4); // (0.7)^40 ≈ 6e-7: the exact limit has reached the asymptote
    close(points[19].lcl, 47.4115, 5e-4);
    assert.ok(points.every((p) => !p.signal));
  });

  it("uses the exact time-varying limits of Montgomery Example 9.2 (λ = 0.1, L = 2.7)", () => {
    // Montgomery Example 9.2: UCL₁ = 10 + 2.7·sqrt(0.1/1.9·(1 − 0.9²)) = 10.27, UCL₂ = 10.36, LCL₁ = 9.73.
    // z₂₈ = 10.5731 < UCL 10.6186; z₂₉ = 10.6468 > UCL 10.6187: first signal at sample 29 (recomputed with numpy 2.4.6).
    const points = ewma(montgomery, {center: 10, sigma: 1, lambda: 0.1, L: 2.7});
    close(points[0].z, 9.945, 1e-12);
    close(points[0].ucl, 10.27, 1e-12);
    close(points[0].lcl, 9.73, 1e-12);
    close(points[1].ucl, 10.3632, 5e-5);
    close(points[27].z, 10.5731, 5e-5);
    close(points[28].z, 10.6468, 5e-5);
    assert.equal(points.findIndex((p) => p.signal) + 1, 29);
    assert.ok(points[29].signal, "no reset after a signal");
  });

  it("defaults to λ = 0.2, L = 3 and starts at the centre", () => {
    // hand derivation: z₁ = 0.2·15 + 0.8·10 = 11; limits 10 ± 3·sqrt(0.2/1.8·(1 − 0.64)) = 10 ± 0.6 → signal.
    const [p] = ewma([15], {center: 10, sigma: 1});
    assert.equal(p.z, 11);
    close(p.ucl, 10.6, 1e-12);
    assert.equal(p.signal, true);
    // hand derivation: z₁ = 0.2·12.5 + 0.8·10 = 10.5, inside 10 ± 0.6: no signal
    const [q] = ewma([12.5], {center: 10, sigma: 1});
    assert.equal(q.z, 10.5);
    assert.equal(q.signal, false);
  });

  it("throws on bad parameters, with the value", () => {
    assert.throws(() => ewma([1], {center: 0, sigma: 1, lambda: 0}), /invalid lambda: 0/);
    assert.throws(() => ewma([1], {center: 0, sigma: 1, lambda: 1.5}), /invalid lambda: 1.5/);
    assert.throws(() => ewma([1], {center: 0, sigma: 0}), /invalid sigma: 0/);
    assert.throws(() => ewma([1], {center: 0, sigma: 1, L: -1}), /invalid L: -1/);
    assert.throws(() => ewma([Infinity], {center: 0, sigma: 1}), /invalid value: Infinity/);
  });
});
