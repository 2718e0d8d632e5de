import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {trainLogistic} from "../../../loaders/models/trainLogistic.js";

/** 200 rows, two features, labels drawn from σ(0.5 + 1.5·x1 − x2) with a fixed pseudo-uniform. */
function data() {
  const n = 200;
  const x = new Float32Array(2 * n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; ++i) {
    const x1 = ((i * 37) % 101) / 50 - 1;
    const x2 = ((i * 17) % 53) / 26.5 - 1;
    x[2 * i] = x1;
    x[2 * i + 1] = x2;
    y[i] = ((i * 7919) % 100) / 100 < 1 / (1 + Math.exp(-(0.5 + 1.5 * x1 - x2))) ? 1 : 0;
  }
  return {x, y};
}

describe("trainLogistic", () => {
  it("finds the maximum-likelihood coefficients", () => {
    // numpy Newton-Raphson on the same rows (float32 features), 50 iterations (numpy 2.4, /tmp/gs/ref_lr.py):
    // intercept 0.58984234, x1 1.64886132, x2 −1.0976663; 123 positives
    const {x, y} = data();
    assert.equal(
      y.reduce((a, b) => a + b, 0),
      123
    );
    const fit = trainLogistic(x, y, 2);
    assert.ok(fit.converged);
    assert.ok(fit.iterations < 20);
    assert.ok(Math.abs(fit.bias - 0.58984234) < 1e-7);
    assert.ok(Math.abs(fit.weights[0] - 1.64886132) < 1e-7);
    assert.ok(Math.abs(fit.weights[1] - -1.0976663) < 1e-7);
  });

  it("applies the ridge penalty on the standardised scale, not to the intercept", () => {
    // scipy.optimize.minimize (BFGS, gtol 1e-12) of the penalised loss with λ = 2 on standardised features
    // (scipy 1.17): intercept 0.5742272952747571, weights 1.53437904, −1.0161408
    const {x, y} = data();
    const fit = trainLogistic(x, y, 2, {l2: 2});
    assert.ok(Math.abs(fit.bias - 0.5742272952747571) < 1e-6);
    assert.ok(Math.abs(fit.weights[0] - 1.53437904) < 1e-6);
    assert.ok(Math.abs(fit.weights[1] - -1.0161408) < 1e-6);
  });

  it("gives a constant column a zero coefficient", () => {
    const {x, y} = data();
    const x3 = new Float32Array(3 * y.length);
    for (let i = 0; i < y.length; ++i) x3.set([x[2 * i], 7, x[2 * i + 1]], 3 * i);
    const fit = trainLogistic(x3, y, 3);
    assert.equal(fit.weights[1], 0);
    assert.ok(Math.abs(fit.weights[0] - 1.64886132) < 1e-7);
  });

  it("throws for bad labels, shapes and separable data", () => {
    assert.throws(() => trainLogistic(Float32Array.of(1, 2), Uint8Array.of(0, 2), 1), /invalid label: 2/);
    assert.throws(() => trainLogistic(Float32Array.of(1, 2, 3), Uint8Array.of(0, 1), 1), /invalid feature length: 3/);
    assert.throws(
      () => trainLogistic(Float32Array.of(0, 1, 2, 3), Uint8Array.of(0, 0, 1, 1), 1),
      /singular Hessian|did not converge/
    );
  });
});
