import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {describe, it} from "node:test";
import {encodeFeatures} from "../../../loaders/models/encodeFeatures.js";
import type {Registry} from "../../../src/lib/replay/modelEntry.js";
import {encodeDecision} from "../../../src/lib/audit/encodeDecision.js";

const registry = JSON.parse(readFileSync("models/registry.json", "utf8")) as Registry;

describe("encodeDecision", () => {
  it("encodes numbers and dummies by feature name", () => {
    assert.deepEqual(
      Array.from(
        encodeDecision({income: 38000, region: "south", n: "2"}, ["income", "region=south", "region=north", "n"])
      ),
      [38000, 1, 0, 2]
    );
    assert.throws(() => encodeDecision({income: null}, ["income"]), /^Error: invalid income: null$/);
  });

  it("equals the shared encoding (encodeFeatures) for every registered credit-line model", () => {
    const row = {
      income: 41234.5,
      debt_to_income: 0.31,
      credit_utilization: 0.42,
      credit_history_months: 77,
      open_accounts: 4,
      delinquencies_2y: 1,
      inquiries_6m: 2,
      employment_years: 3.5,
      savings_balance: 1200.25,
      requested_limit: 5000,
      employment_type: "retired",
      housing: "rent",
      purpose: "medical",
      region: "south",
      channel: "partner"
    };
    for (const model of registry.models.filter((m) => m.system === "credit-line")) {
      assert.deepEqual(
        Array.from(encodeDecision(row, model.features)),
        Array.from(encodeFeatures("credit-line", row)),
        model.name
      );
    }
  });
});
