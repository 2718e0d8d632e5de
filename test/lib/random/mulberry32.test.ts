import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {mulberry32} from "../../../src/lib/random/mulberry32.js";

describe("mulberry32", () => {
  it("is deterministic per seed and uniform in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    assert.equal(a(), b());
    assert.equal(mulberry32(42)(), 0.6011037519201636); // Mulberry32 reference implementation (JS), seed 42
    let s = 0;
    const r = mulberry32(9);
    for (let i = 0; i < 10_000; ++i) {
      const u = r();
      assert.ok(u >= 0 && u < 1);
      s += u;
    }
    assert.ok(Math.abs(s / 10_000 - 0.5) < 0.015);
  });
});
