import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {flagList, parseArgs} from "../../../loaders/cli/args.js";

describe("flagList", () => {
  it("splits a flag's value on commas, trims the items and drops empty ones", () => {
    assert.deepEqual(flagList(parseArgs(["--numeric", " income, ,age,"]), "numeric"), ["income", "age"]);
  });
  it("is undefined when the flag is not given, and rejects a flag without a value", () => {
    assert.equal(flagList(parseArgs(["--time", "t"]), "numeric"), undefined);
    assert.throws(() => flagList(parseArgs(["--numeric"]), "numeric"), /--numeric needs a value/);
  });
});
