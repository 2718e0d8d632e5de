import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {featureSpec} from "../../../loaders/models/featureSpec.js";
import {SYSTEMS, SYSTEM_NAMES} from "../../../loaders/generate/systems.js";
import {readContract} from "./contractRules.js";

describe("generator columns match the ODCS contracts", () => {
  for (const system of SYSTEM_NAMES) {
    const contract = readContract(SYSTEMS[system].contract);
    const object = (name: string) => contract.schema.find((s) => s.name === name)!;

    it(`${system}: decisions and outcomes columns are the contract's properties, in order`, () => {
      assert.deepEqual(
        SYSTEMS[system].decisionColumns,
        object("decisions").properties.map((p) => p.name)
      );
      assert.deepEqual(
        SYSTEMS[system].outcomeColumns,
        object("outcomes").properties.map((p) => p.name)
      );
    });

    it(`${system}: the feature spec is the contract's feature-tagged properties with their validValues`, () => {
      const features = object("decisions").properties.filter((p) => (p as {tags?: string[]}).tags?.includes("feature"));
      const spec = featureSpec(system);
      assert.deepEqual(
        spec.numeric,
        features.filter((p) => p.logicalType !== "string").map((p) => p.name)
      );
      assert.deepEqual(
        spec.categorical.map((c) => ({name: c.name, levels: c.levels})),
        features
          .filter((p) => p.logicalType === "string")
          .map((p) => ({name: p.name, levels: p.quality![0].arguments!.validValues}))
      );
    });

    it(`${system}: customProperties name the system, the positive decision and the outcome label`, () => {
      const props = Object.fromEntries(contract.customProperties.map((p) => [p.property, p.value]));
      assert.equal(props.system, system);
      assert.equal(props.positiveDecision, SYSTEMS[system].positive);
      assert.equal(props.outcomeLabel, SYSTEMS[system].labelColumn);
      assert.equal(contract.id, `urn:decision-workbench:${system}`);
    });
  }
});
