import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {samplePerson} from "../../../loaders/generate/samplePerson.js";
import {sfc32} from "../../../src/lib/random/sfc32.js";

describe("samplePerson", () => {
  it("gives ASCII emails that match the contract pattern and some names that need CSV quoting", () => {
    const rng = sfc32(6);
    let comma = 0;
    let quote = 0;
    const n = 20_000;
    for (let i = 0; i < n; ++i) {
      const {name, email} = samplePerson(rng);
      assert.match(email, /^[a-z0-9.-]+@[a-z.]+$/, email);
      if (name.includes(",")) ++comma;
      if (name.includes('"')) ++quote;
    }
    // 2 % suffixes after a comma, 1 % quoted nicknames; SE ≈ 0.001
    assert.ok(Math.abs(comma / n - 0.02) < 0.005, `comma ${comma / n}`);
    assert.ok(Math.abs(quote / n - 0.01) < 0.004, `quote ${quote / n}`);
  });
});
