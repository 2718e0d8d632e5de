import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {sfc32} from "../../../src/lib/random/sfc32.js";
import {isotonicCalibration} from "../../../src/lib/shadow/isotonicCalibration.js";

describe("isotonicCalibration", () => {
  it("pools tied scores and fits the pool-adjacent-violators solution", () => {
    // scipy.optimize.isotonic_regression([1,0,1,1,0,0,1], weights=[1,1,2,1,1,1,1]).x
    // = [0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 1.0] (scipy 1.17); 0.3 appears twice with labels 1, 1
    const c = isotonicCalibration([0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6, 0.7], [1, 0, 1, 1, 1, 0, 0, 1]);
    assert.deepEqual(c.x, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    assert.deepEqual(
      c.y.map((v) => Math.round(v * 1e12) / 1e12),
      [0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 1]
    );
  });

  it("interpolates linearly between knots and clips outside them (sklearn's predict)", () => {
    const c = isotonicCalibration([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]);
    assert.deepEqual(c.y, [0, 0.5, 0.5, 1]);
    assert.equal(c.apply(0.05), 0);
    assert.ok(Math.abs(c.apply(0.15) - 0.25) < 1e-12);
    assert.equal(c.apply(0.25), 0.5);
    assert.ok(Math.abs(c.apply(0.35) - 0.75) < 1e-12);
    assert.equal(c.apply(2), 1);
  });

  it("applyAscending gives apply's bits for every value, inside, on and outside the knots", () => {
    const rng = sfc32(5);
    const scores = Array.from({length: 5000}, () => Math.round(rng() * 1000) / 1000);
    const c = isotonicCalibration(
      scores,
      scores.map((s) => (rng() < s ? 1 : 0))
    );
    const values = Float64Array.from(new Set([...scores, -1, 0, 0.0005, 0.9995, 1, 2])).sort();
    const all = c.applyAscending(values);
    values.forEach((v, k) => assert.ok(Object.is(all[k], c.apply(v)), `${v}`));
    assert.ok(c.x.every((x) => values.includes(x))); // the knots themselves are among the values
  });

  it("throws without labelled rows", () => {
    assert.throws(() => isotonicCalibration([0.1], [null]), /requires at least one labelled row/);
  });

  it("pools ties in input order as a stable sort of [score, label] pairs does, with or without non-finite scores", () => {
    // the pairs sorted with a comparator (the implementation before typed ranks), pooled by running means
    const pooled = (scores: number[], labels: (number | null)[]) => {
      const rows: [number, number][] = [];
      scores.forEach((s, i) => {
        if (!Number.isNaN(s) && (labels[i] === 0 || labels[i] === 1)) rows.push([s, labels[i]!]);
      });
      rows.sort((a, b) => a[0] - b[0]);
      const xs: number[] = [];
      const means: number[] = [];
      const weights: number[] = [];
      for (const [s, y] of rows) {
        const j = xs.length - 1;
        if (xs.length && xs[j] === s) {
          means[j] = (means[j] * weights[j] + y) / (weights[j] + 1);
          weights[j] += 1;
        } else {
          xs.push(s);
          means.push(y);
          weights.push(1);
        }
      }
      // pool adjacent violators, block by block
      const blocks: {value: number; weight: number; size: number}[] = [];
      means.forEach((value, i) => {
        blocks.push({value, weight: weights[i], size: 1});
        while (blocks.length > 1 && blocks[blocks.length - 2].value > blocks[blocks.length - 1].value) {
          const b = blocks.pop()!;
          const a = blocks[blocks.length - 1];
          const w = a.weight + b.weight;
          blocks[blocks.length - 1] = {
            value: (a.value * a.weight + b.value * b.weight) / w,
            weight: w,
            size: a.size + b.size
          };
        }
      });
      return {xs, ys: blocks.flatMap((b) => Array<number>(b.size).fill(b.value))};
    };
    const rng = sfc32(3);
    const scores = Array.from({length: 3000}, () => Math.round(rng() * 40) / 40);
    const labels = scores.map((s) => (rng() < 0.1 ? null : rng() < s ? 1 : 0));
    scores[5] = -0;
    scores[6] = 0;
    for (const s of [scores, [...scores.slice(0, 2999), Infinity], [...scores.slice(0, 2999), NaN]]) {
      const c = isotonicCalibration(s, labels);
      const {xs, ys} = pooled(s, labels);
      assert.deepEqual(c.x, xs);
      assert.deepEqual(c.y, ys);
    }
  });
});
