import assert from "node:assert/strict";
import {test} from "node:test";
import {averagePrecision, averagePrecisionOfCounts} from "../../../src/lib/fairness/averagePrecision.js";
import {brierScore, brierScoreOfCounts} from "../../../src/lib/fairness/brierScore.js";
import {countedLabels, labelCounts, reflectScores} from "../../../src/lib/fairness/labelCounts.js";
import {logLoss, logLossOfCounts} from "../../../src/lib/fairness/logLoss.js";
import {rocAucOfCounts} from "../../../src/lib/fairness/rocAuc.js";

const plain = (c: {scores: Float64Array; positives: Float64Array; negatives: Float64Array}) => ({
  scores: Array.from(c.scores),
  positives: Array.from(c.positives),
  negatives: Array.from(c.negatives)
});

test("labelCounts counts each distinct finite score's positive and negative labels, other rows left out", () => {
  const c = labelCounts([0.9, 0.2, 0.9, 0.5, NaN, 0.4, 0.2, -0, 0], [1, 0, 0, null, 1, 2, true, false, true]);
  assert.deepEqual(plain(c), {scores: [0, 0.2, 0.9], positives: [1, 1, 1], negatives: [1, 1, 1]});
  assert.ok(Object.is(c.scores[0], 0));
  assert.throws(() => labelCounts([1], []), /column lengths differ: 1 and 0/);
});

test("countedLabels takes an engine's ordered counts, merges 0 and -0 and refuses disorder and bad counts", () => {
  const c = countedLabels(Float64Array.of(-0, 0, 0.5), Float64Array.of(1, 2, 0), Float64Array.of(0, 1, 4));
  assert.deepEqual(plain(c), {scores: [0, 0.5], positives: [3, 0], negatives: [1, 4]});
  // nothing to merge: the engine's arrays themselves; a lone −0 is still made 0
  const distinct = [Float64Array.of(0.1, 0.5), Float64Array.of(1, 0), Float64Array.of(0, 2)] as const;
  assert.equal(countedLabels(...distinct).scores, distinct[0]);
  const zero = countedLabels(Float64Array.of(-0, 0.5), Float64Array.of(1, 0), Float64Array.of(0, 2));
  assert.ok(Object.is(zero.scores[0], 0));
  const f = (s: number[], p: number[], n: number[]) => () =>
    countedLabels(Float64Array.from(s), Float64Array.from(p), Float64Array.from(n));
  assert.throws(f([0.5, 0.1], [1, 1], [0, 0]), /scores out of order: 0.5 before 0.1/);
  assert.throws(f([0.5], [-1], [0]), /invalid count at score 0.5: -1/);
  assert.throws(f([0.5], [1.5], [0]), /invalid count at score 0.5: 1.5/);
  assert.throws(f([0.5], [1], [NaN]), /invalid count at score 0.5: NaN/);
  assert.throws(f([0.1, 0.5, 0.5, 0.4], [1, 1, 1, 1], [0, 0, 0, 0]), /scores out of order: 0.5 before 0.4/);
  assert.throws(f([Infinity], [1], [0]), /invalid score: Infinity/);
  assert.throws(f([0.5], [1, 2], [0]), /1 scores, 2 and 1 counts/);
});

test("reflectScores maps s to a - s in ascending order and merges scores that round together", () => {
  const c = labelCounts([0.2, 0.9, 0.9], [1, 0, 1]);
  assert.deepEqual(plain(reflectScores(c, 0)), {scores: [-0.9, -0.2], positives: [1, 1], negatives: [1, 0]});
  // 1 − 0.30000000000000004 and 1 − 0.3 are the same double, 0.7
  const close = labelCounts([0.3, 0.30000000000000004], [1, 0]);
  assert.equal(close.scores.length, 2);
  assert.deepEqual(plain(reflectScores(close, 1)), {scores: [0.7], positives: [1], negatives: [1]});
});

test("the metrics of counts are the metrics of the rows they count; sums do not depend on the rows' order", () => {
  // sklearn 1.2: roc_auc_score([0,0,1,1],[0.1,0.4,0.35,0.8]) = 0.75; average_precision_score = 0.8333333333333333
  const c = labelCounts([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
  assert.equal(rocAucOfCounts(c), 0.75);
  assert.equal(averagePrecisionOfCounts(c), 0.8333333333333333);
  // sklearn: brier_score_loss([0,1,1,0],[0.1,0.9,0.8,0.3]) = 0.0375; log_loss = 0.19763488164214868
  const p = labelCounts([0.1, 0.9, 0.8, 0.3], [0, 1, 1, 0]);
  assert.ok(Math.abs(brierScoreOfCounts(p)! - 0.0375) < 1e-16);
  assert.ok(Math.abs(logLossOfCounts(p)! - 0.19763488164214868) < 1e-16);
  // ties, repeats: the counted mean is the row mean up to rounding, and the same bits for any row order
  const scores = Array.from({length: 3000}, (_, i) => ((i * 7919) % 101) / 100);
  const labels = scores.map((_, i) => (i * 31) % 7 < 3);
  const shuffled = scores.map((_, i) => (i * 1103) % 3000);
  const counted = brierScoreOfCounts(labelCounts(scores, labels))!;
  assert.ok(Math.abs(counted - brierScore(scores, labels)!) < 1e-15);
  assert.equal(
    brierScoreOfCounts(
      labelCounts(
        shuffled.map((i) => scores[i]),
        shuffled.map((i) => labels[i])
      )
    ),
    counted
  );
  assert.ok(Math.abs(logLossOfCounts(labelCounts(scores, labels))! - logLoss(scores, labels)!) < 1e-14);
  assert.equal(averagePrecisionOfCounts(labelCounts(scores, labels)), averagePrecision(scores, labels));
  assert.equal(rocAucOfCounts(labelCounts([0.5], [1])), null); // one class only
  assert.equal(brierScoreOfCounts(labelCounts([], [])), null);
  assert.throws(() => brierScoreOfCounts(labelCounts([1.5], [1])), /invalid probability: 1.5/);
});
