import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {describe, it} from "node:test";
import {InputError} from "../../../loaders/cli/errors.js";
import {parseContract} from "../../../loaders/contract/parseContract.js";

const FILE = "data/contracts/credit-line.odcs.yaml";
const creditLine = readFileSync(FILE, "utf8");

/** A minimal valid contract; `props` and `extra` are spliced in as YAML text. */
function minimal({props = "", quality = "", top = ""} = {}): string {
  return `apiVersion: v3.1.0
kind: DataContract
id: urn:test
version: 1.0.0
status: active
${top}
schema:
  - name: t
    properties:
      - {name: id, logicalType: string, required: true, unique: true}
      - {name: x, logicalType: number, logicalTypeOptions: {minimum: 0, maximum: 5}}
${props}
${quality ? `    quality:\n${quality}` : ""}
`;
}

function throwsAt(text: string, message: string): void {
  assert.throws(
    () => parseContract(text, "x.odcs.yaml"),
    (error: unknown) => error instanceof InputError && error.message === `x.odcs.yaml: ${message}`
  );
}

describe("parseContract", () => {
  it("reads the credit-line contract: objects, types, checks, rules, custom and SLA properties", () => {
    const c = parseContract(creditLine, FILE);
    assert.equal(c.id, "urn:decision-workbench:credit-line");
    assert.equal(c.version, "1.0.0");
    assert.equal(c.apiVersion, "v3.1.0");
    assert.deepEqual(
      c.schema.map((o) => o.name),
      ["decisions", "outcomes"]
    );
    const decisions = c.schema[0];
    assert.equal(decisions.properties.length, 41);
    const byName = new Map(decisions.properties.map((p) => [p.name, p]));
    assert.deepEqual(byName.get("decision_id"), {
      name: "decision_id",
      logicalType: "string",
      physicalType: "VARCHAR",
      required: true,
      unique: true,
      primaryKey: true,
      tags: [],
      options: {pattern: "^CL-[0-9]{8}$"}
    });
    assert.equal(byName.get("credit_history_months")!.physicalType, "INTEGER");
    assert.deepEqual(byName.get("income")!.options, {minimum: 0, maximum: 2000000});
    assert.deepEqual(byName.get("age_band")!.validValues, ["18-24", "25-34", "35-49", "50-64", "65+"]);
    assert.equal(byName.get("sex")!.classification, "protected");
    assert.equal(byName.get("score")!.required, false);
    assert.deepEqual(
      decisions.rules.map((r) => [r.name, r.path]),
      [
        ["review_fields_consistent", "schema[0].quality[0]"],
        ["final_decision_consistent", "schema[0].quality[1]"],
        ["model_decision_has_score", "schema[0].quality[2]"]
      ]
    );
    assert.deepEqual(c.customProperties, {
      system: "credit-line",
      positiveDecision: "approve",
      outcomeLabel: "defaulted",
      fairness: {intervention: "assistive", interventionDecision: "approve", scarce: false, concern: "errors"},
      piiTreatment: {applicant_name: "drop", applicant_email: "tokenise"}
    });
    assert.deepEqual(c.slaProperties[0], {
      property: "latency",
      value: 1,
      unit: "d",
      element: {object: "decisions", column: "decided_at"}
    });
    assert.deepEqual(c.unsupported, []);
  });

  it("defaults the physical type from the logical type and normalises aliases", () => {
    const c = parseContract(
      minimal({
        props: `      - {name: n, logicalType: integer}
      - {name: b, logicalType: boolean}
      - {name: t, logicalType: timestamp}
      - {name: d, logicalType: date}
      - {name: i, logicalType: integer, physicalType: int}
      - {name: m, logicalType: number, physicalType: "decimal(10, 2)"}`
      }),
      "x.odcs.yaml"
    );
    assert.deepEqual(
      c.schema[0].properties.map((p) => p.physicalType),
      ["VARCHAR", "DOUBLE", "BIGINT", "BOOLEAN", "TIMESTAMP", "DATE", "INTEGER", "DECIMAL(10,2)"]
    );
  });

  it("normalises exclusiveMinimum: true to a bound and accepts numeric exclusive bounds", () => {
    const c = parseContract(
      minimal({
        props: `      - {name: a, logicalType: number, logicalTypeOptions: {minimum: 0, exclusiveMinimum: true}}
      - {name: b, logicalType: number, logicalTypeOptions: {exclusiveMaximum: 1}}`
      }),
      "x.odcs.yaml"
    );
    assert.deepEqual(c.schema[0].properties[2].options, {exclusiveMinimum: 0});
    assert.deepEqual(c.schema[0].properties[3].options, {exclusiveMaximum: 1});
  });

  it("treats two primaryKey columns as a composite key and one as unique", () => {
    const c = parseContract(
      minimal({
        props: `      - {name: k1, logicalType: string, primaryKey: true}
      - {name: k2, logicalType: integer, primaryKey: true}`
      }),
      "x.odcs.yaml"
    );
    assert.deepEqual(c.schema[0].compositeKey, ["k1", "k2"]);
    assert.equal(c.schema[0].properties[2].required, true);
  });

  it("lists quality checks it does not enforce", () => {
    const c = parseContract(
      minimal({
        props: `      - {name: z, logicalType: string, quality: [{metric: nullValues, mustBe: 0}]}`,
        quality: `      - {type: library, metric: rowCount, mustBeGreaterThan: 0}`
      }),
      "x.odcs.yaml"
    );
    assert.deepEqual(c.unsupported, ["schema[0].properties[2].quality[0]", "schema[0].quality[0]"]);
  });

  it("rejects malformed contracts with the file and the path inside it", () => {
    throwsAt(
      minimal({props: "      - {name: y, logicalType: numbr}"}),
      'schema[0].properties[2].logicalType: unknown logical type "numbr"'
    );
    throwsAt(
      minimal().replace("kind: DataContract", "kind: Contract"),
      'kind: unknown kind "Contract" (expected DataContract)'
    );
    throwsAt(
      minimal().replace("v3.1.0", "v2.2.0"),
      'apiVersion: unknown apiVersion "v2.2.0" (expected v3.0.0, v3.0.1, v3.0.2, v3.1.0)'
    );
    throwsAt(minimal().replace("id: urn:test\n", ""), "id: missing");
    throwsAt(minimal().replace("version: 1.0.0\n", ""), "version: missing");
    throwsAt(minimal().replace("version: 1.0.0", "version: 1.0"), "version: not a non-empty string: 1");
    throwsAt(
      minimal({props: "      - {name: x, logicalType: string}"}),
      'schema[0].properties[2].name: duplicate property "x"'
    );
    throwsAt(
      minimal({props: "      - {name: X, logicalType: string}"}),
      'schema[0].properties[2].name: property "X" differs from "x" only in case (column names ignore case)'
    );
    throwsAt(
      minimal({props: "      - {name: y, logicalType: number, logicalTypeOptions: {minimum: 10, maximum: 5}}"}),
      "schema[0].properties[2].logicalTypeOptions: minimum 10 > maximum 5"
    );
    throwsAt(
      minimal({props: '      - {name: y, logicalType: string, logicalTypeOptions: {pattern: "^(CL-"}}'}),
      'schema[0].properties[2].logicalTypeOptions.pattern: invalid regular expression "^(CL-"'
    );
    throwsAt(
      minimal({props: '      - {name: y, logicalType: string, logicalTypeOptions: {pattern: "^(?!x)"}}'}),
      'schema[0].properties[2].logicalTypeOptions.pattern: lookaround and backreferences are not supported (RE2): "^(?!x)"'
    );
    throwsAt(
      minimal({props: "      - {name: y, logicalType: number, logicalTypeOptions: {minimun: 0}}"}),
      "schema[0].properties[2].logicalTypeOptions.minimun: unknown option for logical type number"
    );
    throwsAt(
      minimal({props: "      - {name: y, logicalType: number, physicalType: DUBLE}"}),
      'schema[0].properties[2].physicalType: unknown physical type "DUBLE"'
    );
    throwsAt(
      minimal({props: "      - {name: y, logicalType: string, physicalType: DOUBLE}"}),
      "schema[0].properties[2].physicalType: physical type DOUBLE does not fit logical type string"
    );
    throwsAt(
      minimal({quality: "      - {name: r, type: custom, engine: workbench, implementation: \"'x' = 'y'\"}"}),
      "schema[0].quality[0].implementation: rule r references no column of t"
    );
    throwsAt(
      minimal({quality: '      - {type: custom, engine: workbench, implementation: "x > 0"}'}),
      "schema[0].quality[0].name: missing rule name"
    );
    throwsAt(
      minimal({
        props:
          "      - {name: y, logicalType: integer, quality: [{metric: invalidValues, arguments: {validValues: [1, a]}}]}"
      }),
      'schema[0].properties[2].quality[0].arguments.validValues[1]: not a integer: "a"'
    );
    throwsAt(
      minimal({top: "slaProperties: [{property: latency, value: 1, element: t.nope}]"}),
      'slaProperties[0].element: unknown column "t.nope"'
    );
    throwsAt(
      minimal({top: "customProperties: [{property: positiveDecision, value: 1}]"}),
      "customProperties.positiveDecision: missing or not a string: 1"
    );
    throwsAt(
      minimal({top: "customProperties: [{property: outcomeLabel, value: x}]"}),
      "customProperties.outcomeLabel: column t.x is not boolean"
    );
    throwsAt(
      "a: [1\n",
      "line 2: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"
    );
  });

  it("accepts a rule naming a column in double quotes and ignores names inside string literals", () => {
    const c = parseContract(
      minimal({quality: "      - {name: r, type: custom, engine: workbench, implementation: '\"x\" >= 0'}"}),
      "x.odcs.yaml"
    );
    assert.equal(c.schema[0].rules[0].implementation, '"x" >= 0');
  });
});
