import assert from "node:assert/strict";
import {it} from "node:test";
import {formatHours} from "../../../src/lib/format/formatHours.js";

it("formatHours(h) picks minutes, hours or days", () => {
  assert.equal(formatHours(0), "0 min");
  assert.equal(formatHours(0.5), "30 min");
  assert.equal(formatHours(1), "1 h");
  assert.equal(formatHours(30.25), "30.3 h");
  assert.equal(formatHours(48), "2 d");
  assert.equal(formatHours(100), "4.2 d");
});

it("formatHours(h) rejects negative and non-finite durations", () => {
  assert.throws(() => formatHours(-1), /invalid hours: -1/);
  assert.throws(() => formatHours(NaN), /invalid hours: NaN/);
  assert.throws(() => formatHours(Infinity), /invalid hours: Infinity/);
});
