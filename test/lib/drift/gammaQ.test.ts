import assert from "node:assert/strict";
import {test} from "node:test";
import {gammaQ} from "../../../src/lib/drift/gammaQ.js";
import {logGamma} from "../../../src/lib/drift/logGamma.js";

const close = (actual: number, expected: number, rel: number) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test("gammaQ matches scipy.special.gammaincc in both the series and continued-fraction regions", () => {
  // scipy.special.gammaincc(a, x), scipy 1.17.1
  const cases: [number, number, number][] = [
    [1, 2, 0.1353352832366127],
    [0.5, 0.1, 0.6547208460185768],
    [0.5, 3, 0.014305878435429641],
    [2.5, 1, 0.8491450360846096],
    [10, 3, 0.9988975118698845],
    [10, 30, 7.121750862815593e-6],
    [50, 40, 0.9296649333406051],
    [3, 100, 1.8976107553682236e-40]
  ];
  for (const [a, x, expected] of cases) close(gammaQ(a, x), expected, 1e-12);
});

test("gammaQ edge cases and errors", () => {
  assert.equal(gammaQ(3, 0), 1);
  assert.throws(() => gammaQ(0, 1), /shape: 0/);
  assert.throws(() => gammaQ(1, -1), /argument: -1/);
});

test("logGamma matches factorials and Γ(1/2) = √π", () => {
  // hand: Γ(5) = 24, Γ(0.5) = √π, Γ(171) = 170!
  close(logGamma(5), Math.log(24), 1e-14);
  close(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  close(logGamma(0.1), 2.252712651734206, 1e-13); // scipy.special.gammaln(0.1)
  close(logGamma(171), 706.5730622457875, 1e-14); // scipy.special.gammaln(171)
  assert.throws(() => logGamma(-1), /-1/);
});
