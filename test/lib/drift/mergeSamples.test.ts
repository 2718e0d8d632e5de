import assert from "node:assert/strict";
import {test} from "node:test";
import {numericSample} from "../../../src/lib/drift/driftSample.js";
import {mergeSamples} from "../../../src/lib/drift/mergeSamples.js";
import {lcgSample} from "./lcgSample.js";

test("mergeSamples(samples) is numericSample of all their values, for 1 to 9 samples with shared values", () => {
  for (let k = 1; k <= 9; ++k) {
    // values on a coarse grid (ties within and across samples), one sample empty of ties, sizes 0 … 300
    const parts = Array.from({length: k}, (_, i) =>
      lcgSample(7 + i, (i * 37) % 301, 0.05, -2).map((x) => Math.round(x * 4) / 4)
    ).filter((values) => values.length > 0);
    if (parts.length === 0) continue;
    const merged = mergeSamples(parts.map((values) => numericSample(values)));
    const all = numericSample(parts.flat());
    assert.equal(merged.rows, all.rows);
    assert.deepEqual([...merged.values], [...all.values]);
    assert.deepEqual([...merged.counts], [...all.counts]);
  }
});

test("mergeSamples: one sample is returned as it is; none throws", () => {
  const one = numericSample([3, 1, 3]);
  assert.equal(mergeSamples([one]), one);
  assert.throws(() => mergeSamples([]), /mergeSamples requires at least one sample/);
  const m = mergeSamples([numericSample([1, 3]), numericSample([3, 2]), numericSample([5])]);
  assert.deepEqual([...m.values], [1, 2, 3, 5]);
  assert.deepEqual([...m.counts], [1, 1, 2, 1]);
  assert.equal(m.rows, 5);
});
