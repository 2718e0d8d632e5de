import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {fairnessTree, type FairnessPolicy} from "../../../src/lib/fairness/fairnessTree.js";
import {recommendedMetrics} from "../../../src/lib/fairness/recommendedMetrics.js";

const policy = (p: Partial<FairnessPolicy>): FairnessPolicy => ({
  intervention: "assistive",
  interventionDecision: "approve",
  scarce: false,
  concern: "errors",
  ...p
});

describe("fairnessTree", () => {
  it("leads to the four error parities of Aequitas's tree (intervention = positive prediction)", () => {
    const leaf = (p: Partial<FairnessPolicy>) => fairnessTree(policy(p), {positiveIsIntervention: true}).primary;
    assert.equal(leaf({intervention: "punitive"}), "fpr");
    assert.equal(leaf({intervention: "punitive", scarce: true}), "fdr");
    assert.equal(leaf({intervention: "assistive"}), "fnr");
    assert.equal(leaf({intervention: "assistive", scarce: true}), "for");
    assert.equal(leaf({concern: "representation"}), "selection_rate");
    assert.equal(leaf({concern: "representation", representation: "equal"}), "ppr");
  });

  it("swaps the error rates when the review's positive prediction is the other decision (fraud flag vs pass)", () => {
    // flagging is punitive and scarce → FDR of the flag = among flagged, the share legitimate; with "pass" as the
    // positive prediction and "no fraud" as the positive label that is fn / (fn + tn), the review's FOR
    const advice = fairnessTree(policy({intervention: "punitive", interventionDecision: "flag", scarce: true}), {
      positiveIsIntervention: false
    });
    assert.deepEqual(advice.metrics, ["for", "selection_rate"]);
    assert.match(advice.why, /among people who got the intervention, the share who did not warrant it \("flag"\)/);
    assert.match(advice.why, /its FOR\.$/);
    assert.equal(advice.steps.length, 3);
    assert.match(advice.steps[1].answer, /^It harms them/);
  });

  it("recommends the selection rate alone for proportional representation", () => {
    const advice = fairnessTree(policy({concern: "representation"}), {positiveIsIntervention: false});
    assert.deepEqual(advice.metrics, ["selection_rate"]);
    assert.match(advice.why, /demographic parity/);
  });

  it("recommends for a system: the tree's metrics when it declares a policy, selection rate, TPR and FPR without", () => {
    assert.deepEqual(recommendedMetrics(policy({}), "approve").rates, ["fnr", "selection_rate"]);
    // fraud: the flag is the intervention, pass the review's positive prediction → swapped
    assert.deepEqual(
      recommendedMetrics(policy({intervention: "punitive", interventionDecision: "flag", scarce: true}), "pass").rates,
      ["for", "selection_rate"]
    );
    assert.deepEqual(recommendedMetrics(null, "approve"), {rates: ["selection_rate", "tpr", "fpr"], advice: null});
  });
});
