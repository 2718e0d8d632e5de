import assert from "node:assert/strict";
import {test} from "node:test";
import {mergeMoments} from "../../../src/lib/profile/mergeMoments.js";
import {momentsOf} from "../../../src/lib/profile/momentsOf.js";
import {lcgSample} from "../drift/lcgSample.js";

test("mergeMoments by hand and against numpy", () => {
  // hand: [1, 2] ∪ [3]: mean 2, M2 = 1 + 0 + 1 = 2
  assert.deepEqual(mergeMoments({count: 2, mean: 1.5, m2: 0.5}, {count: 1, mean: 3, m2: 0}), {
    count: 3,
    mean: 2,
    m2: 2
  });
  // numpy: x = lcg(7, 500) + lcg(8, 800, 3, 1000); x.mean() = 727.3209455384615; x.var(ddof=1) = 292282.73235360614
  const a = lcgSample(7, 500);
  const b = lcgSample(8, 800, 3, 1000);
  const m = mergeMoments(momentsOf(a), momentsOf(b));
  assert.ok(Math.abs(m.mean - 727.3209455384615) / 727.3209455384615 < 1e-13);
  assert.ok(Math.abs(m.m2 / (m.count - 1) - 292282.73235360614) / 292282.73235360614 < 1e-12);
});

test("mergeMoments with an empty side is the identity; bad counts throw", () => {
  const m = momentsOf([1, 2, 3]);
  assert.deepEqual(mergeMoments(momentsOf([]), m), m);
  assert.deepEqual(mergeMoments(m, {count: 0, mean: 0, m2: 0}), m);
  assert.throws(() => mergeMoments({count: -1, mean: 0, m2: 0}, m), /-1/);
  assert.throws(() => momentsOf([1, NaN]), /NaN/);
});
