import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {baselineBuckets} from "../../../src/lib/spc/baselineBuckets.js";

const days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-05"];

describe("baselineBuckets", () => {
  it("defaults to every bucket", () => assert.deepEqual(baselineBuckets(days), {start: 0, end: 4}));
  it("includes both bounds", () =>
    assert.deepEqual(baselineBuckets(days, {from: "2024-01-02", to: "2024-01-03"}), {start: 1, end: 3}));
  it("accepts bounds that fall between buckets", () =>
    assert.deepEqual(baselineBuckets(days, {from: "2024-01-02", to: "2024-01-04"}), {start: 1, end: 3}));
  it("throws for a range with no bucket, with the range", () =>
    assert.throws(() => baselineBuckets(days, {from: "2024-02-01"}), /invalid baseline: 2024-02-01\.\./));
  it("throws for unsorted or repeated buckets", () =>
    assert.throws(() => baselineBuckets(["b", "a"]), /buckets not ascending: b, a/));
});
