import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {describeSignal} from "../../../src/lib/spc/describeSignal.js";
import {ruleText} from "../../../src/lib/spc/ruleText.js";
import {runRules} from "../../../src/lib/spc/runRules.js";

describe("ruleText and describeSignal", () => {
  it("name every run rule and the EWMA and CUSUM signals in plain words", () => {
    for (const id of [...runRules.map((r) => r.id), "EWMA", "CUSUM+", "CUSUM-"]) {
      const {name, meaning} = ruleText(id);
      assert.ok(name.length > 0 && meaning.length > 20, id);
    }
    assert.equal(ruleText("WE4").name, "8 in a row on one side");
    assert.throws(() => ruleText("WE9"), /unknown rule: WE9/);
  });

  it("describeSignal keeps the signal and adds its texts", () => {
    const signal = {bucket: "2026-05-21", index: 140, phase: 2 as const, chart: "cusum" as const, rule: "CUSUM+"};
    assert.deepEqual(describeSignal(signal), {...signal, ...ruleText("CUSUM+")});
  });
});
