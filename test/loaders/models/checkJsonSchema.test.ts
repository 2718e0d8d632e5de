import assert from "node:assert/strict";
import {describe, it} from "node:test";
import {checkJsonSchema, type JsonSchema} from "../../../loaders/models/checkJsonSchema.js";

describe("checkJsonSchema", () => {
  const schema: JsonSchema = {
    type: "object",
    required: ["items"],
    additionalProperties: false,
    properties: {items: {type: "array", minItems: 1, items: {$ref: "#/$defs/item"}}},
    $defs: {
      item: {
        type: "object",
        required: ["id", "status"],
        properties: {
          id: {type: "string", pattern: "^[a-z]+$", minLength: 2},
          status: {enum: ["on", "off"]},
          n: {type: "integer", minimum: 0, maximum: 9},
          note: {type: ["string", "null"]}
        }
      }
    }
  };

  it("accepts a valid value", () => {
    assert.deepEqual(checkJsonSchema({items: [{id: "ab", status: "on", n: 3, note: null}]}, schema), []);
  });

  it("reports every error with its path", () => {
    const errors = checkJsonSchema(
      {
        items: [
          {id: "A", status: "maybe", n: 2.5},
          {status: "off", n: 10}
        ],
        extra: 1
      },
      schema
    );
    assert.deepEqual(errors, [
      {path: "items[0].id", message: "must have at least 2 characters"},
      {path: "items[0].id", message: 'must match ^[a-z]+$ (got "A")'},
      {path: "items[0].status", message: 'must be one of on, off (got "maybe")'},
      {path: "items[0].n", message: "must be integer (got 2.5)"},
      {path: "items[1].id", message: "is required"},
      {path: "items[1].n", message: "must be ≤ 9 (got 10)"},
      {path: "extra", message: "is not allowed"}
    ]);
    assert.deepEqual(checkJsonSchema({items: []}, schema), [{path: "items", message: "must have at least 1 items"}]);
    assert.deepEqual(checkJsonSchema([], schema), [{path: "(root)", message: "must be object (got [])"}]);
  });

  it("throws for an unresolvable $ref", () => {
    assert.throws(() => checkJsonSchema(1, {$ref: "#/$defs/nope"}), /unresolved \$ref: #\/\$defs\/nope/);
  });
});
