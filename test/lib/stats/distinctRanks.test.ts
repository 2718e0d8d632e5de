import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {distinctRanks} from "../../../src/lib/stats/distinctRanks.js";
import {rankOrder} from "../../../src/lib/stats/rankOrder.js";

describe("distinctRanks", () => {
  it("ranks values among their distinct values, 0 and −0 as one value 0", () => {
    const r = distinctRanks([0.5, 0.2, 0.5, -0, 0, 0.7])!;
    assert.deepEqual([...r.values], [0, 0.2, 0.5, 0.7]);
    assert.ok(Object.is(r.values[0], 0));
    assert.deepEqual([...r.rank], [2, 1, 2, 0, 0, 3]);
  });

  it("finds every value's rank through the bucket index, values clustered or spread over magnitudes", () => {
    const rng = sfc32(5);
    const x = Array.from({length: 20_000}, (_, i) =>
      i % 3 ? Math.round(rng() * 1e6) / 1e6 : (rng() - 0.5) * 10 ** Math.floor(rng() * 12 - 6)
    );
    const r = distinctRanks(x)!;
    const sorted = [...new Set(x.map((v) => v + 0))].sort((a, b) => a - b);
    assert.deepEqual([...r.values], sorted);
    x.forEach((v, i) => assert.equal(r.values[r.rank[i]], v + 0));
  });

  it("is null for a value that is not finite", () => {
    assert.equal(distinctRanks([0.1, NaN]), null);
    assert.equal(distinctRanks([Infinity]), null);
    assert.deepEqual([...distinctRanks([])!.values], []);
  });
});

describe("rankOrder", () => {
  it("orders by rank, ties in index order, as a stable sort by value", () => {
    const x = [0.5, 0.2, 0.5, 0.9, 0.2];
    const {rank, values} = distinctRanks(x)!;
    const index = x.map((_, i) => i);
    assert.deepEqual(
      [...rankOrder(rank, values.length, "ascending")],
      [...index].sort((a, b) => x[a] - x[b])
    );
    assert.deepEqual([...rankOrder(rank, values.length, "descending")], [3, 0, 2, 1, 4]);
  });
});
