import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {encodeFeatures} from "../../../loaders/models/encodeFeatures.js";
import {featureNames} from "../../../loaders/models/featureSpec.js";

const row = {
  income: 38000,
  debt_to_income: 0.31,
  credit_utilization: 0.5,
  credit_history_months: 120,
  open_accounts: 4,
  delinquencies_2y: 0,
  inquiries_6m: 1,
  employment_years: 6.5,
  savings_balance: 1234.56,
  requested_limit: 5000,
  employment_type: "salaried",
  housing: "rent",
  purpose: "business",
  region: "south",
  channel: "partner",
  ethnicity: "group_c"
};

describe("encodeFeatures", () => {
  it("lays out numeric features then treatment-coded categoricals (first level is the reference)", () => {
    const names = featureNames("credit-line");
    assert.equal(names.length, 30);
    assert.deepEqual(names.slice(9, 12), [
      "requested_limit",
      "employment_type=self_employed",
      "employment_type=contract"
    ]);
    assert.ok(!names.includes("employment_type=salaried"));
    assert.equal(featureNames("fraud-screen").length, 38);
  });

  it("encodes a row by hand: numeric values as float32, one indicator per non-reference level", () => {
    const x = encodeFeatures("credit-line", row);
    const names = featureNames("credit-line");
    const expected = new Float32Array(30);
    expected.set([38000, 0.31, 0.5, 120, 4, 0, 1, 6.5, 1234.56, 5000]);
    for (const name of ["housing=rent", "purpose=business", "region=south", "channel=partner"]) {
      expected[names.indexOf(name)] = 1;
    }
    assert.deepEqual(x, expected);
    assert.equal(x[1], Math.fround(0.31));
  });

  it("accepts numeric strings as parsed from CSV and reuses an out buffer", () => {
    const asStrings = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]));
    const out = new Float32Array(30).fill(9);
    assert.equal(encodeFeatures("credit-line", asStrings, out), out);
    assert.deepEqual(out, encodeFeatures("credit-line", row));
  });

  it("ignores protected attributes", () => {
    assert.deepEqual(
      encodeFeatures("credit-line", {...row, ethnicity: "group_a", sex: "male"}),
      encodeFeatures("credit-line", row)
    );
  });

  it("throws on a missing or non-numeric feature and on an unknown level", () => {
    assert.throws(() => encodeFeatures("credit-line", {...row, income: "n/a"}), /invalid income: n\/a/);
    assert.throws(() => encodeFeatures("credit-line", {...row, income: null}), /invalid income: null/);
    assert.throws(() => encodeFeatures("credit-line", {...row, region: "atlantis"}), /invalid region: atlantis/);
    assert.throws(() => encodeFeatures("credit-line", row, new Float32Array(3)), /invalid out length: 3/);
  });
});
