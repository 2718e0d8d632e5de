import assert from "node:assert/strict";
import {it} from "node:test";
import {integerTicks} from "../../../src/lib/chart/integerTicks.js";
import {ratioTicks} from "../../../src/lib/chart/ratioTicks.js";
import {integerAxis} from "../../../src/lib/chart/integerAxis.js";

it("integerTicks(max) gives whole numbers only, reaching max", () => {
  assert.deepEqual(integerTicks(0), [0, 1]);
  assert.deepEqual(integerTicks(1), [0, 1]);
  assert.deepEqual(integerTicks(5), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(integerTicks(7), [0, 2, 4, 6, 8]);
  assert.deepEqual(integerTicks(1.2), [0, 1, 2]);
  assert.deepEqual(integerTicks(42), [0, 10, 20, 30, 40, 50]);
  assert.deepEqual(integerTicks(10, 2), [0, 5, 10]);
  assert.throws(() => integerTicks(-1), /invalid max: -1/);
});

it("ratioTicks(lo, hi, always) labels 1, round ratios inside and the band edges", () => {
  assert.deepEqual(ratioTicks(0.6, 1.4, [0.8, 1.25]), [0.67, 0.8, 1, 1.25]);
  assert.deepEqual(ratioTicks(0.7, 0.95), [0.8, 1]);
  assert.deepEqual(ratioTicks(0.05, 200), [0.1, 0.2, 0.25, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 4, 5, 10]);
  assert.throws(() => ratioTicks(0, 1), /invalid ratio domain: 0, 1/);
});

it("integerAxis spans 0 to its last whole-number tick", () => {
  assert.deepEqual(integerAxis([0, 1, 1, 0]), {domain: [0, 1], ticks: [0, 1], tickFormat: ",d"});
  assert.deepEqual(integerAxis([936, 12]).domain, [0, 1000]);
  assert.deepEqual(integerAxis([]).ticks, [0, 1]);
});
