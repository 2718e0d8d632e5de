import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {fairnessPolicy} from "../../../loaders/contract/fairnessPolicy.js";
import {parseContract} from "../../../loaders/contract/parseContract.js";

/** A minimal contract with a decision column (approve, decline) and the given `fairness` value (YAML flow text). */
const contract = (fairness: string) =>
  parseContract(
    `apiVersion: v3.1.0
kind: DataContract
id: urn:test
version: 1.0.0
status: active
customProperties:
  - property: fairness
    value: ${fairness}
schema:
  - name: t
    properties:
      - {name: id, logicalType: string, required: true, unique: true}
      - name: decision
        logicalType: string
        tags: [decision]
        quality: [{metric: invalidValues, arguments: {validValues: [approve, decline]}, mustBe: 0}]
`,
    "x.odcs.yaml"
  );

const throwsAt = (fairness: string, message: string) =>
  assert.throws(
    () => contract(fairness),
    (error: unknown) =>
      error instanceof InputError && error.message === `x.odcs.yaml: customProperties.fairness${message}`
  );

describe("fairnessPolicy", () => {
  it("reads the bundled contracts' policies", () => {
    const read = (system: string) =>
      fairnessPolicy(parseContract(readFileSync(`data/contracts/${system}.odcs.yaml`, "utf8"), system));
    assert.deepEqual(read("credit-line"), {
      intervention: "assistive",
      interventionDecision: "approve",
      scarce: false,
      concern: "errors"
    });
    assert.deepEqual(read("fraud-screen"), {
      intervention: "punitive",
      interventionDecision: "flag",
      scarce: true,
      concern: "errors"
    });
  });

  it("fills defaults, and is null without the property", () => {
    assert.deepEqual(fairnessPolicy(contract("{intervention: punitive, interventionDecision: decline}")), {
      intervention: "punitive",
      interventionDecision: "decline",
      scarce: false,
      concern: "errors"
    });
    assert.deepEqual(
      fairnessPolicy(contract("{intervention: assistive, interventionDecision: approve, concern: representation}"))
        ?.representation,
      "proportional"
    );
    const none = contract("{intervention: assistive, interventionDecision: approve}");
    delete none.customProperties.fairness;
    assert.equal(fairnessPolicy(none), null);
  });

  it("names the key and the value it rejects at parse time", () => {
    throwsAt(
      "{intervention: helpful, interventionDecision: approve}",
      '.intervention: must be assistive or punitive, got "helpful"'
    );
    throwsAt("{intervention: assistive}", ".interventionDecision: missing or not a string: undefined");
    throwsAt(
      "{intervention: assistive, interventionDecision: refer}",
      '.interventionDecision: "refer" is not a decision value (approve, decline)'
    );
    throwsAt(
      "{intervention: assistive, interventionDecision: approve, scarce: maybe}",
      '.scarce: must be true or false, got "maybe"'
    );
    throwsAt(
      "{intervention: assistive, interventionDecision: approve, who: x}",
      ".who: unknown key (known: intervention, interventionDecision, scarce, concern, representation)"
    );
    throwsAt("[1]", ": not a mapping: [1]");
  });
});
