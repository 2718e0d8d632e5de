import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {columnsByTag} from "../../../loaders/contract/columnsByTag.js";
import {columnWithTag} from "../../../loaders/contract/columnWithTag.js";
import {featureColumns} from "../../../loaders/contract/featureColumns.js";
import {outcomeLabel} from "../../../loaders/contract/outcomeLabel.js";
import {parseContract} from "../../../loaders/contract/parseContract.js";
import {positiveDecision} from "../../../loaders/contract/positiveDecision.js";
import {schemaObject} from "../../../loaders/contract/schemaObject.js";

const FILE = "data/contracts/credit-line.odcs.yaml";
const contract = parseContract(readFileSync(FILE, "utf8"), FILE);
const decisions = contract.schema[0];

describe("contract roles", () => {
  it("schemaObject(contract) is the first object; by name finds the other; unknown names throw", () => {
    assert.equal(schemaObject(contract).name, "decisions");
    assert.equal(schemaObject(contract, "outcomes").properties.length, 3);
    assert.throws(
      () => schemaObject(contract, "nope"),
      (e: unknown) =>
        e instanceof InputError && e.message === `${FILE}: unknown object "nope" (objects: decisions, outcomes)`
    );
  });

  it("columnsByTag(decisions, tag) lists protected and pii columns in contract order", () => {
    assert.deepEqual(
      columnsByTag(decisions, "protected").map((p) => p.name),
      ["sex", "age_band", "ethnicity"]
    );
    assert.deepEqual(
      columnsByTag(decisions, "pii").map((p) => p.name),
      ["applicant_name", "applicant_email"]
    );
    assert.deepEqual(columnsByTag(decisions, "no-such-tag"), []);
  });

  it("columnWithTag finds the single score/decision/time column and rejects ambiguity", () => {
    assert.equal(columnWithTag(decisions, "score").name, "score");
    assert.equal(columnWithTag(decisions, "decision").name, "decision");
    assert.equal(columnWithTag(decisions, "time").name, "decided_at");
    assert.equal(columnWithTag(decisions, "nope", true), undefined);
    assert.throws(() => columnWithTag(decisions, "nope"), /no column tagged nope/);
    assert.throws(() => columnWithTag(decisions, "feature"), /tag feature on 15 columns/);
  });

  it("featureColumns splits the 15 features into 10 numeric and 5 categorical", () => {
    const {numeric, categorical} = featureColumns(decisions);
    assert.equal(numeric.length, 10);
    assert.deepEqual(numeric.slice(0, 3), ["income", "debt_to_income", "credit_utilization"]);
    assert.deepEqual(categorical, ["employment_type", "housing", "purpose", "region", "channel"]);
  });

  it("positiveDecision and outcomeLabel read the custom properties", () => {
    assert.equal(positiveDecision(contract), "approve");
    assert.deepEqual(outcomeLabel(contract), {object: "outcomes", column: "defaulted"});
  });

  it("positiveDecision must be an allowed decision value", () => {
    const bad = {...contract, customProperties: {...contract.customProperties, positiveDecision: "accept"}};
    assert.throws(
      () => positiveDecision(bad),
      (e: unknown) =>
        e instanceof InputError &&
        e.message === `${FILE}: customProperties.positiveDecision: "accept" is not an allowed value of decision`
    );
  });
});
