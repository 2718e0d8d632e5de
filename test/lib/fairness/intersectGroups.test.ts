import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeFactor} from "../../../src/lib/fairness/encodeFactor.js";
import {intersectGroups} from "../../../src/lib/fairness/intersectGroups.js";

describe("encodeFactor", () => {
  it("sorts levels by code unit and codes missing values −1", () => {
    const f = encodeFactor(["b", "a", null, "b", "B", undefined, 3]);
    assert.deepEqual(f.levels, ["3", "B", "a", "b"]);
    assert.deepEqual([...f.codes], [3, 2, -1, 3, 1, -1, 0]);
  });
});

describe("intersectGroups", () => {
  it("combines factors into the occurring intersections, in level order (hand enumeration)", () => {
    const sex = encodeFactor(["m", "f", "f", "m", null]);
    const age = encodeFactor(["65+", "18-24", "65+", "65+", "18-24"]);
    const both = intersectGroups([sex, age]);
    assert.deepEqual(both.levels, ["f × 18-24", "f × 65+", "m × 65+"]); // m × 18-24 does not occur
    assert.deepEqual([...both.codes], [2, 0, 1, 2, -1]);
  });
  it("with one factor is that factor", () => {
    const f = encodeFactor(["x", "y", "x"]);
    assert.deepEqual(intersectGroups([f], "/"), {codes: f.codes, levels: f.levels});
  });
  it("rejects no factors and factors of different lengths", () => {
    assert.throws(() => intersectGroups([]), /at least one factor/);
    assert.throws(() => intersectGroups([encodeFactor(["a"]), encodeFactor(["a", "b"])]), /factor lengths differ/);
  });
});
