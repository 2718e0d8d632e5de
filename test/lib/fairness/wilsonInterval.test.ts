import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {wilsonInterval} from "../../../src/lib/fairness/wilsonInterval.js";

const near = (actual: [number, number] | null, expected: [number, number], tol = 1e-12) => {
  assert.ok(actual, "interval is null");
  assert.ok(Math.abs(actual[0] - expected[0]) < tol, `low ${actual[0]} != ${expected[0]}`);
  assert.ok(Math.abs(actual[1] - expected[1]) < tol, `high ${actual[1]} != ${expected[1]}`);
};

describe("wilsonInterval", () => {
  it("matches statsmodels proportion_confint(method='wilson') (statsmodels 0.13.5)", () => {
    near(wilsonInterval(7, 20), [0.18119182410108203, 0.5671457233147638]);
    near(wilsonInterval(0, 10), [0, 0.27753279986288926]);
    near(wilsonInterval(10, 10), [0.7224672001371106, 1]);
    near(wilsonInterval(1, 1), [0.2065493143772374, 1]);
    near(wilsonInterval(412, 1000), [0.38188731127995773, 0.4427861982134999]);
    near(wilsonInterval(3, 50, 0.9), [0.02423125703121838, 0.14094194646069935]);
    near(wilsonInterval(250, 251, 0.99), [0.9669519028107381, 0.9995320762039783]);
  });
  it("is null for n = 0 and rejects impossible counts", () => {
    assert.equal(wilsonInterval(0, 0), null);
    assert.throws(() => wilsonInterval(5, 4), /invalid x: 5/);
    assert.throws(() => wilsonInterval(1, 4, 1), /invalid confidence: 1/);
  });
});
